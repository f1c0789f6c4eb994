package org.tacitus.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A source of articles, read one record at a time.
 *
 * <p>Contract: {@link #next} gives every record of the input in order, each as an article or as a {@link RecordError}
 * that names the record ("file:line") and the fix; bad content never ends the reading of the other records. Only a
 * failing device or stream ends it, with an {@link IOException}. Readers are not thread safe: one thread reads, and
 * hands the articles to workers. Closing releases the open file.
 */
public interface ArticleReader extends Closeable {

  /**
   * The next record, or empty at the end of the input.
   *
   * @throws IOException when the input cannot be read any further
   */
  Optional<ReadResult> next() throws IOException;

  /** The remaining records as a lazy stream; an {@link IOException} comes out as {@link UncheckedIOException}. */
  default Stream<ReadResult> stream() {
    Iterator<ReadResult> it = new Iterator<>() {
      private Optional<ReadResult> ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          try {
            ahead = ArticleReader.this.next();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return ahead.isPresent();
      }

      @Override
      public ReadResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ReadResult r = ahead.get();
        ahead = null;
        return r;
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
