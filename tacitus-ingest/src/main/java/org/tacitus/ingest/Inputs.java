package org.tacitus.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses a reader by file name: JSON Lines for {@code .jsonl}, {@code .ndjson} and {@code .json}, else plain text. */
public final class Inputs {

  private Inputs() {
  }

  public static boolean isJsonLines(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
  }

  /** The reader for one file. Nothing is opened before the first {@link ArticleReader#next()}. */
  public static ArticleReader open(Path file) {
    return isJsonLines(file) ? new JsonlReader(file) : new TextFileReader(file);
  }

  /** The records of several files, one file after the other, each opened when its turn comes. */
  public static ArticleReader open(List<Path> files) {
    return new Concatenation(new ArrayList<>(files));
  }

  private static final class Concatenation implements ArticleReader {

    private final List<Path> files;
    private int index;
    private ArticleReader current;

    Concatenation(List<Path> files) {
      this.files = files;
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
      while (true) {
        if (current == null) {
          if (index >= files.size()) {
            return Optional.empty();
          }
          current = open(files.get(index++));
        }
        Optional<ReadResult> r = current.next();
        if (r.isPresent()) {
          return r;
        }
        current.close();
        current = null;
      }
    }

    @Override
    public void close() throws IOException {
      index = files.size();
      if (current != null) {
        current.close();
        current = null;
      }
    }
  }
}
