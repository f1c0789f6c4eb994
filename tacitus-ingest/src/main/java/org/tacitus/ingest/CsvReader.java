package org.tacitus.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.tacitus.core.model.Article;

/**
 * CSV (RFC 4180: comma-separated, fields quoted with {@code "} and quotes doubled inside them, a field may span
 * lines), UTF-8 strictly. The first row is the header and names the columns; which columns hold id, text, title,
 * date, url and source is set by {@link FieldNames} (the header is matched ignoring case and surrounding blanks). Only the text
 * column is required. Each later row is one article, reported as "file.csv:N" where N is the row number counting
 * the header as row 1 (the line number, unless a quoted field spans lines). Blank lines are skipped. A row without
 * text, or with a date that is not a date, is a {@link RecordError}, and the next row is read as usual. Malformed
 * quoting or bad UTF-8 ends the file (the parser cannot know where the next row starts) with a {@link RecordError}
 * at that row; the rows before it stand.
 */
public final class CsvReader implements ArticleReader {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
      .setIgnoreEmptyLines(false)
      .get();

  private final Path file;
  private final String name;
  private final String stem;
  private final FieldNames fields;
  private CSVParser parser;
  private Utf8Reader source;
  private Iterator<CSVRecord> rows;
  private int idCol = -1;
  private int textCol = -1;
  private int titleCol = -1;
  private int dateCol = -1;
  private int urlCol = -1;
  private int sourceCol = -1;
  private int records;
  private long row = 1;
  private boolean done;

  public CsvReader(Path file) {
    this(file, FieldNames.DEFAULTS);
  }

  public CsvReader(Path file, FieldNames fields) {
    this.file = Objects.requireNonNull(file, "file");
    this.name = file.toString();
    this.stem = TextFileReader.idOf(file);
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  @Override
  public Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    if (parser == null) {
      Optional<RecordError> problem = open();
      if (problem.isPresent()) {
        done = true;
        close();
        return Optional.of(problem.get());
      }
    }
    while (true) {
      CSVRecord r;
      try {
        if (!rows.hasNext()) {
          break;
        }
        r = rows.next();
      } catch (UncheckedIOException e) {
        done = true;
        close();
        return Optional.of(broken(e.getCause()));
      }
      row = r.getRecordNumber() + 1;
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      records++;
      return Optional.of(parse(r));
    }
    done = true;
    close();
    return records == 0 ? Optional.of(new RecordError(name, RecordError.EMPTY_FILE,
        "file has a header but no rows; there is nothing to code")) : Optional.empty();
  }

  private Optional<RecordError> open() throws IOException {
    Optional<RecordError> problem = FileProblems.check(file);
    if (problem.isPresent()) {
      return problem;
    }
    try {
      Optional<RecordError> odd = FileProblems.sniff(file, false);
      if (odd.isPresent()) {
        return odd;
      }
      source = new Utf8Reader(new ByteLines(Files.newInputStream(file), true));
    } catch (IOException e) {
      return Optional.of(FileProblems.of(file, e).orElseThrow(() -> e));
    }
    try {
      parser = CSVParser.builder().setReader(source).setFormat(FORMAT).get();
    } catch (Utf8Reader.BadUtf8 e) {
      return Optional.of(badUtf8(name + ":1", e));
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return Optional.of(new RecordError(name + ":1", RecordError.BAD_HEADER, "header row cannot be read ("
          + clip(String.valueOf(e.getMessage()), 100) + "); give each column a distinct name on the first row"));
    }
    List<String> header = parser.getHeaderNames();
    if (header.isEmpty()) {
      return Optional.of(FileProblems.empty(name));
    }
    idCol = column(header, fields.id());
    textCol = column(header, fields.text());
    titleCol = column(header, fields.title());
    dateCol = column(header, fields.date());
    urlCol = column(header, fields.url());
    sourceCol = column(header, fields.source());
    if (textCol < 0) {
      return Optional.of(new RecordError(name + ":1", RecordError.BAD_HEADER, "header " + clip(header.toString(), 80)
          + " has no text column; name the column with the article text " + FieldNames.describe(fields.text())
          + " (the first row must be the header), or name yours with --field text=COLUMN"));
    }
    rows = parser.iterator();
    return Optional.empty();
  }

  private static int column(List<String> header, List<String> names) {
    for (String want : names) {
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i) == null ? "" : Utf8.stripBom(header.get(i)).strip();
        if (h.equalsIgnoreCase(want.strip())) {
          return i;
        }
      }
    }
    return -1;
  }

  private ReadResult parse(CSVRecord r) {
    String text = get(r, textCol);
    if (text == null) {
      return error(RecordError.NO_TEXT, "row has " + r.size() + " fields and none in the text column \""
          + headerName(textCol) + "\"; give the article text there, or check for a missing comma or quote");
    }
    if (text.isBlank()) {
      return error(RecordError.EMPTY_TEXT, "text column \"" + headerName(textCol)
          + "\" is empty; there is nothing to code");
    }
    String id = get(r, idCol);
    String articleId = id == null || id.isBlank() ? stem + "-" + row : id.strip();
    Optional<LocalDate> date = Optional.empty();
    String d = get(r, dateCol);
    if (d != null && !d.isBlank()) {
      date = Dates.parse(d);
      if (date.isEmpty()) {
        return error(RecordError.BAD_DATE, "date \"" + clip(d, 40) + "\" in column \"" + headerName(dateCol)
            + "\" is not a date; write YYYY-MM-DD (e.g. 2008-08-06) or an ISO-8601 date-time, or leave it empty");
      }
    }
    return new ReadResult.Ok(new Article(articleId, text, nonBlank(get(r, titleCol)), date,
        nonBlank(get(r, urlCol)), name + ":" + row, nonBlank(get(r, sourceCol))));
  }

  private String headerName(int col) {
    return parser.getHeaderNames().get(col);
  }

  private static String get(CSVRecord r, int col) {
    return col >= 0 && col < r.size() ? r.get(col) : null;
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private RecordError broken(IOException cause) {
    String at = name + ":" + (row + 1);
    if (cause instanceof Utf8Reader.BadUtf8 bad) {
      return badUtf8(at, bad);
    }
    return new RecordError(at, RecordError.BAD_CSV, "row cannot be parsed (" + clip(String.valueOf(
        cause.getMessage()), 120) + "); the rest of the file was not read. Quote a field that holds commas, "
        + "quotes or line breaks with \"...\" and double each quote inside it (RFC 4180)");
  }

  private static RecordError badUtf8(String at, Utf8Reader.BadUtf8 e) {
    return new RecordError(at, RecordError.INVALID_UTF8, "not valid UTF-8 (line " + e.line + ", byte " + e.badByte
        + " of the line); the rest of the file was not read; " + FileProblems.utf8Fix());
  }

  private RecordError error(String reason, String message) {
    return new RecordError(name + ":" + row, reason, message);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (parser != null) {
      parser.close();
    } else if (source != null) {
      source.close();
    }
  }

  /**
   * Decodes line by line with {@link Utf8} (line breaks kept as they are, a last line without one given one), so
   * a bad byte is an error that names its line, never a U+FFFD.
   */
  static final class Utf8Reader extends Reader {

    /** A line that is not valid UTF-8. */
    static final class BadUtf8 extends IOException {
      private static final long serialVersionUID = 1L;
      final int line;
      final int badByte;

      BadUtf8(int line, int badByte) {
        super("line " + line + " is not valid UTF-8 (byte " + badByte + " of the line)");
        this.line = line;
        this.badByte = badByte;
      }
    }

    private final ByteLines lines;
    private String current = "";
    private int pos;
    private int line;

    Utf8Reader(ByteLines lines) {
      this.lines = lines;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pos >= current.length()) {
        if (!lines.next()) {
          return -1;
        }
        line++;
        Utf8.Decoded d = Utf8.decode(lines.bytes(), lines.length());
        if (!d.ok()) {
          throw new BadUtf8(line, d.badByte());
        }
        current = (line == 1 ? Utf8.stripBom(d.text()) : d.text()) + "\n";
        pos = 0;
      }
      int n = Math.min(len, current.length() - pos);
      current.getChars(pos, pos + n, buf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}
