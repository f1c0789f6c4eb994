package org.tacitus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses a reader by file name: JSON Lines for {@code .jsonl}, {@code .ndjson} and {@code .json}; CSV for
 * {@code .csv}; a web page for {@code .html} and {@code .htm}; an RSS or Atom feed for {@code .rss}, {@code .atom}
 * and {@code .xml}; a web archive for {@code .warc} and {@code .warc.gz}; else plain text. A folder stands for the
 * input files in it and its subfolders ({@link #FOLDER_EXTENSIONS}), sorted by path, hidden files and folders
 * skipped.
 */
public final class Inputs {

  /** The kinds of input, each with its reader. */
  public enum Format { TEXT, JSONL, CSV, HTML, FEED, WARC }

  /** The endings of the files a folder expands to. */
  public static final List<String> FOLDER_EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl", ".csv", ".xml",
      ".rss", ".atom", ".warc", ".warc.gz");

  private Inputs() {
  }

  public static boolean isJsonLines(Path file) {
    return formatOf(file) == Format.JSONL;
  }

  /** The format of a file, by its name (case does not matter). */
  public static Format formatOf(Path file) {
    String n = lowerName(file);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return Format.HTML;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml")) {
      return Format.FEED;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    return Format.TEXT;
  }

  /**
   * The reader for one file. Nothing is opened before the first {@link ArticleReader#next()}. A folder gives the
   * records of the files it {@linkplain #expand expands to}.
   */
  public static ArticleReader open(Path file) {
    if (Files.isDirectory(file)) {
      return open(List.of(file));
    }
    return switch (formatOf(file)) {
      case JSONL -> new JsonlReader(file);
      case CSV -> new CsvReader(file);
      case HTML -> new HtmlReader(file);
      case FEED -> new FeedReader(file);
      case WARC -> new WarcArticleReader(file);
      case TEXT -> new TextFileReader(file);
    };
  }

  /**
   * The input files under {@code folder}, at any depth: those whose names end with one of
   * {@link #FOLDER_EXTENSIONS}, sorted by path, skipping files and folders whose names start with '.'.
   */
  public static List<Path> expand(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(p -> !hidden(folder, p))
          .filter(Files::isRegularFile)
          .filter(p -> FOLDER_EXTENSIONS.stream().anyMatch(lowerName(p)::endsWith))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String lowerName(Path file) {
    return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The records of several files, one file after the other, each opened when its turn comes; a folder is expanded
   * when its turn comes, and one without input files is a {@link RecordError}.
   */
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
          Path next = files.get(index++);
          if (Files.isDirectory(next)) {
            Optional<RecordError> problem = expandInto(next);
            if (problem.isPresent()) {
              return Optional.of(problem.get());
            }
            continue;
          }
          current = open(next);
        }
        Optional<ReadResult> r = current.next();
        if (r.isPresent()) {
          return r;
        }
        current.close();
        current = null;
      }
    }

    /** Puts the files of {@code folder} in its place in the list. */
    private Optional<RecordError> expandInto(Path folder) {
      List<Path> found;
      try {
        found = expand(folder);
      } catch (IOException e) {
        return Optional.of(new RecordError(folder.toString(), RecordError.UNREADABLE_FILE,
            "cannot list the folder (" + e.getMessage() + "); check its permissions"));
      }
      if (found.isEmpty()) {
        return Optional.of(new RecordError(folder.toString(), RecordError.EMPTY_FILE, "folder has no input files ("
            + String.join(" ", FOLDER_EXTENSIONS) + "); name the files to read instead"));
      }
      files.addAll(index, found);
      return Optional.empty();
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
