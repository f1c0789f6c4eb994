package org.tacitus.app;

import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.stage.StageException;
import org.tacitus.ingest.RecordError;

/** What became of one input record in a run: coded, skipped (could not be read) or failed (at a stage). */
public sealed interface Outcome {

  /** Where the record was read ("file.jsonl:12"). */
  String origin();

  /**
   * The article was coded.
   *
   * @param result the coded article
   */
  record Coded(CodedArticle result) implements Outcome {

    @Override
    public String origin() {
      return result.article().origin();
    }
  }

  /**
   * The record could not be read as an article.
   *
   * @param error why
   */
  record Skipped(RecordError error) implements Outcome {

    @Override
    public String origin() {
      return error.origin();
    }
  }

  /**
   * The article was read but a stage failed on it.
   *
   * @param article the article
   * @param error the stage and the cause
   */
  record Failed(Article article, StageException error) implements Outcome {

    @Override
    public String origin() {
      return article.origin();
    }
  }
}
