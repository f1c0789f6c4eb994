package org.tacitus.app.eval;

/** A gold file that does not follow its format; the message names file and line. */
public final class GoldFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public GoldFormatException(String message) {
    super(message);
  }
}
