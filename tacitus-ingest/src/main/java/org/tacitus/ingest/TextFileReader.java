package org.tacitus.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tacitus.core.model.Article;

/**
 * One plain-text file as one article. The id is the file name without its extension; the title is the first
 * non-blank line; the analysed text is the whole file (headline included, so it is coded too and every offset points
 * into the file; a leading byte-order mark is dropped). Plain text carries no date. The file must be UTF-8.
 */
public final class TextFileReader implements ArticleReader {

  /** Larger files are refused: a text file is one article, and a book-sized one is almost surely a mistake. */
  public static final long MAX_BYTES = 32L << 20;

  private final Path file;
  private boolean done;

  public TextFileReader(Path file) {
    this.file = file;
  }

  @Override
  public Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    done = true;
    return Optional.of(read());
  }

  private ReadResult read() throws IOException {
    String name = file.toString();
    Optional<RecordError> problem = FileProblems.check(file);
    if (problem.isPresent()) {
      return problem.get();
    }
    if (Files.size(file) > MAX_BYTES) {
      return new RecordError(name, "too large", "file has " + (Files.size(file) >> 20) + " MiB, more than the "
          + (MAX_BYTES >> 20) + " MiB a text article may have; split it, or write it as JSON Lines (.jsonl)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      Optional<RecordError> error = FileProblems.of(file, e);
      if (error.isPresent()) {
        return error.get();
      }
      throw e;
    }
    Utf8.Decoded decoded = Utf8.decode(bytes, bytes.length);
    if (!decoded.ok()) {
      return new RecordError(name, RecordError.INVALID_UTF8, "not valid UTF-8 (byte " + decoded.badByte()
          + ", line " + Utf8.lineOf(bytes, decoded.badByte()) + "); " + FileProblems.utf8Fix());
    }
    String text = Utf8.stripBom(decoded.text());
    if (text.isBlank()) {
      return FileProblems.empty(name);
    }
    return new ReadResult.Ok(new Article(idOf(file), text, Optional.of(firstLine(text)), Optional.empty(),
        Optional.empty(), name));
  }

  /** The file name without its last extension ("story" for "news/story.txt"). */
  static String idOf(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return "";
  }

  @Override
  public void close() {
    done = true;
  }
}
