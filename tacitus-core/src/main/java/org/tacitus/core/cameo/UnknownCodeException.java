package org.tacitus.core.cameo;

/** A CAMEO event or sector code that the ontology does not hold. */
public final class UnknownCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public UnknownCodeException(String message) {
    super(message);
  }
}
