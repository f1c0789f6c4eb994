package org.tacitus.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Chooses a reader by file name: JSON Lines for {@code .jsonl}, {@code .ndjson} and {@code .json}; CSV for
 * {@code .csv}; a web page for {@code .html} and {@code .htm}; an RSS or Atom feed for {@code .rss}, {@code .atom}
 * and {@code .xml}; a list of feeds for {@code .feeds}; a web archive for {@code .warc} and {@code .warc.gz}; else
 * plain text. A folder stands for the
 * input files in it and its subfolders ({@link #FOLDER_EXTENSIONS}), sorted by path, hidden files and folders
 * skipped.
 */
public final class Inputs {

  /** The kinds of input, each with its reader. */
  public enum Format { TEXT, JSONL, CSV, HTML, FEED, FEED_LIST, WARC }

  /**
   * The longest article text read (characters): a long news story has some 10,000; a million is a book or a whole
   * dump in one record, which would keep the language analysis busy for minutes and gigabytes.
   */
  public static final int MAX_ARTICLE_CHARS = 1_000_000;

  /** The endings of the files a folder expands to. */
  public static final List<String> FOLDER_EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl", ".csv", ".xml",
      ".rss", ".atom", ".feeds", ".warc", ".warc.gz");

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
    if (n.endsWith(".feeds")) {
      return Format.FEED_LIST;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    return Format.TEXT;
  }

  /**
   * The reader for one file. Nothing is opened before the first {@link ArticleReader#next()}. A folder gives the
   * records of the files it {@linkplain #expand expands to}. An article longer than {@link #MAX_ARTICLE_CHARS} is a
   * {@link RecordError}.
   */
  public static ArticleReader open(Path file) {
    return open(file, FieldNames.DEFAULTS);
  }

  /** {@link #open(Path)}, JSON Lines and CSV looking up the article's parts under {@code fields}. */
  public static ArticleReader open(Path file, FieldNames fields) {
    return open(List.of(file), fields);
  }

  /** The reader of one file's format, without the checks every record gets in {@link #open(List, FieldNames)}. */
  private static ArticleReader reader(Path file, FieldNames fields) {
    return switch (formatOf(file)) {
      case JSONL -> new JsonlReader(file, fields);
      case CSV -> new CsvReader(file, fields);
      case HTML -> new HtmlReader(file);
      case FEED -> new FeedReader(file);
      case FEED_LIST -> new FeedListReader(file);
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

  /**
   * How many records {@link #open(List)} will give for these files, when that can be known cheaply before reading:
   * a plain-text or HTML file is one, a JSON Lines file one a non-blank line (counted without parsing), a CSV file
   * one a line after the header (more than there are rows when quoted fields span lines), a missing file one (its
   * error). Feeds and web archives must be parsed to be counted: with one among the files, the count is empty.
   */
  public static OptionalLong countRecords(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      if (Files.isDirectory(f)) {
        List<Path> inside;
        try {
          inside = expand(f);
        } catch (IOException e) {
          return OptionalLong.empty();
        }
        OptionalLong c = countRecords(inside);
        if (c.isEmpty()) {
          return c;
        }
        n += Math.max(1, c.getAsLong());
        continue;
      }
      if (!Files.isReadable(f)) {
        n++;
        continue;
      }
      switch (formatOf(f)) {
        case TEXT, HTML -> n++;
        case JSONL, CSV -> {
          try {
            long lines = ByteLines.countNonBlank(f);
            n += formatOf(f) == Format.CSV ? Math.max(1, lines - 1) : Math.max(1, lines);
          } catch (IOException e) {
            n++;
          }
        }
        default -> {
          return OptionalLong.empty();
        }
      }
    }
    return OptionalLong.of(n);
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
    return open(files, FieldNames.DEFAULTS);
  }

  /** {@link #open(List)}, JSON Lines and CSV looking up the article's parts under {@code fields}. */
  public static ArticleReader open(List<Path> files, FieldNames fields) {
    return new Concatenation(new ArrayList<>(files), fields);
  }

  private static final class Concatenation implements ArticleReader {

    private final List<Path> files;
    private final FieldNames fields;
    private int index;
    private ArticleReader current;

    Concatenation(List<Path> files, FieldNames fields) {
      this.files = files;
      this.fields = fields;
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
          current = reader(next, fields);
        }
        Optional<ReadResult> r = current.next();
        if (r.isPresent()) {
          return Optional.of(checked(r.get()));
        }
        current.close();
        current = null;
      }
    }

    /** An article longer than {@link #MAX_ARTICLE_CHARS} becomes a {@link RecordError}. */
    private static ReadResult checked(ReadResult r) {
      if (r instanceof ReadResult.Ok ok && ok.article().text().length() > MAX_ARTICLE_CHARS) {
        return new RecordError(r.origin(), RecordError.TOO_LARGE, "article '" + clip(ok.article().id())
            + "' has " + ok.article().text().length() + " characters, more than the " + MAX_ARTICLE_CHARS
            + " one article may have (language analysis would take minutes and gigabytes); split it into its"
            + " stories, or check that it is one article and not a whole file");
      }
      return r;
    }

    private static String clip(String s) {
      return s.length() <= 60 ? s : s.substring(0, 57) + "...";
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
