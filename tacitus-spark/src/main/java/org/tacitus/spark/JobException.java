package org.tacitus.spark;

/** The job cannot start as asked (an output that exists already, an unknown layout); the message says the fix. */
public final class JobException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobException(String message, Throwable cause) {
    super(message, cause);
  }
}
