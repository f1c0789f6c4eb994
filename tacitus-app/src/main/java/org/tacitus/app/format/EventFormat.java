package org.tacitus.app.format;

import java.io.IOException;
import org.tacitus.core.model.CodedArticle;

/**
 * Writes coded events in one layout to a {@link java.io.Writer} given when the format was made. The calls come in
 * order: {@link #header()} once, {@link #write(CodedArticle)} once per article, {@link #close()} once. Not thread
 * safe: one thread writes (the pipeline delivers outcomes on one thread, in input order).
 */
public interface EventFormat extends AutoCloseable {

  /** Writes the header line, if the layout has one and it was asked for; otherwise nothing. */
  void header() throws IOException;

  /** Writes one row (or line) per event of {@code article}, in the article's event order. */
  void write(CodedArticle article) throws IOException;

  /** Flushes what is buffered. Does not close the writer, which belongs to whoever gave it. */
  @Override
  void close() throws IOException;
}
