package org.tacitus.app;

/** A failure the user can act on; {@code tacitus} prints the message after "tacitus: " and exits with 1. */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
