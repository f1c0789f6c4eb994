package org.tacitus.core.stage;

/** One article could not pass one stage. Carries the stage name and the article id, so outcomes can be counted. */
public final class StageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stage;
  private final String articleId;

  public StageException(String stage, String articleId, String message, Throwable cause) {
    super(stage + " failed on article '" + articleId + "': " + message, cause);
    this.stage = stage;
    this.articleId = articleId;
  }

  public String stage() {
    return stage;
  }

  public String articleId() {
    return articleId;
  }
}
