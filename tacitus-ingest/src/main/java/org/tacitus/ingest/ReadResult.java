package org.tacitus.ingest;

import java.util.Objects;
import org.tacitus.core.model.Article;

/** What a reader gives for one record: an {@link Ok article}, or a {@link RecordError} saying why there is none. */
public sealed interface ReadResult permits ReadResult.Ok, RecordError {

  /** Where the record was read ("file.jsonl:12", "story.txt"). */
  String origin();

  /**
   * A record read without fault.
   *
   * @param article the article
   */
  record Ok(Article article) implements ReadResult {

    public Ok {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String origin() {
      return article.origin();
    }
  }
}
