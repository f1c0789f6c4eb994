package org.tacitus.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tacitus.core.model.Article;

/**
 * JSON Lines: one article per line, as {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD" or null, "title": ...,
 * "url": ...}}; only "text" is required. A line without "id" gets {@code STEM-LINE} (file name without extension,
 * line number). Blank lines are skipped. Each line is decoded on its own, so a badly encoded or malformed line is
 * reported as a {@link RecordError} at "file:line" and the next line is read as usual.
 */
public final class JsonlReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path file;
  private final String name;
  private final String stem;
  private ByteLines lines;
  private int line;
  private int records;
  private boolean done;

  public JsonlReader(Path file) {
    this.file = file;
    this.name = file.toString();
    this.stem = TextFileReader.idOf(file);
  }

  /** Reads JSON Lines from a stream (standard input, tests); {@code name} stands for the file in messages. */
  public JsonlReader(String name, InputStream in) {
    this.file = null;
    this.name = name;
    this.stem = TextFileReader.idOf(Path.of(name));
    this.lines = new ByteLines(in);
  }

  @Override
  public Optional<ReadResult> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    if (lines == null) {
      Optional<RecordError> problem = FileProblems.check(file);
      if (problem.isPresent()) {
        done = true;
        return Optional.of(problem.get());
      }
      try {
        lines = new ByteLines(Files.newInputStream(file));
      } catch (IOException e) {
        done = true;
        return Optional.of(FileProblems.of(file, e).orElseThrow(() -> e));
      }
    }
    while (lines.next()) {
      line++;
      Utf8.Decoded decoded = Utf8.decode(lines.bytes(), lines.length());
      if (!decoded.ok()) {
        records++;
        return Optional.of(error(RecordError.INVALID_UTF8, "line is not valid UTF-8 (byte " + decoded.badByte()
            + " of the line); " + FileProblems.utf8Fix()));
      }
      String s = line == 1 ? Utf8.stripBom(decoded.text()) : decoded.text();
      if (s.isBlank()) {
        continue;
      }
      records++;
      return Optional.of(parse(s));
    }
    done = true;
    lines.close();
    return records == 0 ? Optional.of(FileProblems.empty(name)) : Optional.empty();
  }

  private ReadResult parse(String s) {
    JsonNode node;
    try {
      node = JSON.readTree(s);
    } catch (JsonProcessingException e) {
      return error(RecordError.NOT_JSON, "line is not JSON (" + describe(e) + "); write one JSON object per line"
          + (name.endsWith(".json") ? " (a .json input is read as JSON Lines, not as one JSON document)" : ""));
    }
    if (!node.isObject()) {
      return error(RecordError.NOT_OBJECT, "line is a JSON " + kind(node)
          + ", not an object; write one {\"id\": ..., \"text\": ...} object per line");
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return error(RecordError.NO_TEXT, "line has no \"text\"; give the article text as \"text\": \"...\"");
    }
    if (!text.isTextual()) {
      return error(RecordError.TEXT_NOT_STRING, "\"text\" is a " + kind(text)
          + ", not a string; give the article text as one JSON string");
    }
    if (text.textValue().isBlank()) {
      return error(RecordError.EMPTY_TEXT, "\"text\" is empty; there is nothing to code");
    }
    JsonNode id = node.get("id");
    String articleId;
    if (id == null || id.isNull()) {
      articleId = stem + "-" + line;
    } else if (id.isTextual() || id.isNumber()) {
      articleId = id.asText();
      if (articleId.isBlank()) {
        return error(RecordError.BAD_FIELD, "\"id\" is empty; give each article an id, or leave \"id\" out");
      }
    } else {
      return error(RecordError.BAD_FIELD, "\"id\" is a " + kind(id) + "; give the id as a string or a number");
    }
    Optional<LocalDate> date;
    JsonNode d = node.get("date");
    if (d == null || d.isNull()) {
      date = Optional.empty();
    } else {
      try {
        if (!d.isTextual()) {
          throw new DateTimeParseException("not a string", d.toString(), 0);
        }
        date = Optional.of(LocalDate.parse(d.textValue()));
      } catch (DateTimeParseException e) {
        return error(RecordError.BAD_DATE, "\"date\" " + clip(d.toString(), 40)
            + " is not a date written YYYY-MM-DD; write e.g. \"2008-08-06\", or null when unknown");
      }
    }
    Optional<String> title;
    Optional<String> url;
    try {
      title = optionalString(node, "title");
      url = optionalString(node, "url");
    } catch (IllegalArgumentException e) {
      return error(RecordError.BAD_FIELD, e.getMessage());
    }
    return new ReadResult.Ok(new Article(articleId, text.textValue(), title, date, url, origin()));
  }

  private static Optional<String> optionalString(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is a " + kind(v) + "; give it as a string, or null");
    }
    return Optional.of(v.textValue());
  }

  private String origin() {
    return name + ":" + line;
  }

  private RecordError error(String reason, String message) {
    return new RecordError(origin(), reason, message);
  }

  /** Jackson's message, cut to its first clause, with the column. */
  private static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    m = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    int cut = m.indexOf(": ");
    if (cut > 0) {
      m = m.substring(0, cut);
    }
    m = clip(m, 80);
    JsonLocation at = e.getLocation();
    return at != null && at.getColumnNr() > 0 ? m + " at column " + at.getColumnNr() : m;
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case STRING -> "string";
      case NULL -> "null";
      default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }

  @Override
  public void close() throws IOException {
    done = true;
    if (lines != null) {
      lines.close();
    }
  }
}
