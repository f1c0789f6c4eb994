package org.tacitus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file that is one article ({@code .txt}, {@code .html}): yields one {@link ReadResult} and stops. The checks every
 * such file needs (missing, unreadable, a folder, too large) are made here; subclasses parse the bytes.
 */
abstract class SingleArticleFile implements ArticleReader {

  /** Larger files are refused: one article is rarely more than a few MiB, and a book-sized one is a mistake. */
  static final long MAX_BYTES = 32L << 20;

  protected final Path file;
  private boolean done;

  SingleArticleFile(Path file) {
    this.file = file;
  }

  @Override
  public final Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    done = true;
    Optional<RecordError> problem = FileProblems.check(file);
    if (problem.isPresent()) {
      return Optional.of(problem.get());
    }
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      return Optional.of(new RecordError(file.toString(), RecordError.TOO_LARGE, tooLarge(size >> 20, MAX_BYTES >> 20)));
    }
    return Optional.of(read());
  }

  /** The message for a file of {@code mib} MiB over the limit of {@code limit} MiB, with the fix. */
  abstract String tooLarge(long mib, long limit);

  /** Reads the file, which exists, is readable and is not too large. */
  abstract ReadResult read() throws IOException;

  /** After closing, the reader yields nothing more. */
  @Override
  public void close() {
    done = true;
  }
}
