package org.tacitus.geo;

/** The gazetteer resource or a companion file is missing or malformed; the message names the file and line. */
public final class GazetteerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GazetteerException(String message) {
    super(message);
  }

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
