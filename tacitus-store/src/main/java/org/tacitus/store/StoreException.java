package org.tacitus.store;

/**
 * A failure of the event store: the database could not be opened, read or written. The message names the file and
 * what to do; the cause is the database's own error.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
