package org.tacitus.app.format;

import java.io.IOException;
import java.util.List;
import org.tacitus.core.model.CodedArticle;

/**
 * Writes coded events in one layout to a {@link java.io.Writer} given when the format was made. The calls come in
 * order: {@link #header()} once, {@link #write(EventRow)} once per row (or {@link #write(CodedArticle)} once per
 * article, which makes its rows with {@link EventRows#perArticle(CodedArticle)}), {@link #close()} once. Not thread
 * safe: one thread writes (the pipeline delivers outcomes on one thread, in input order).
 */
public interface EventFormat extends AutoCloseable {

  /** Writes the header line, if the layout has one and it was asked for; otherwise nothing. */
  void header() throws IOException;

  /** Writes one row (or line; for the GDELT mentions table, one line per sighting). */
  void write(EventRow row) throws IOException;

  /** Writes one row per event of {@code article}, in the article's event order. */
  default void write(CodedArticle article) throws IOException {
    for (EventRow row : EventRows.perArticle(article)) {
      write(row);
    }
  }

  /** {@link #write(CodedArticle)} for events at the given positions among the article's coded events. */
  default void write(CodedArticle article, List<Integer> indices) throws IOException {
    for (EventRow row : EventRows.perArticle(article, indices)) {
      write(row);
    }
  }

  /** What the run should be told at its end about rows this layout could not write (none by default). */
  default List<String> notes() {
    return List.of();
  }

  /** Flushes what is buffered. Does not close the writer, which belongs to whoever gave it. */
  @Override
  void close() throws IOException;
}
