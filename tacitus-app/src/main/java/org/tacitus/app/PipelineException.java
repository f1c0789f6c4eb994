package org.tacitus.app;

/** The stages could not be assembled (a dictionary or model failed to load); no article can be coded. */
public final class PipelineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
