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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tacitus.core.model.Article;

/**
 * JSON Lines: one article per line, as {@code {"id": ..., "text": ..., "date": "YYYY-MM-DD" or null, "title": ...,
 * "url": ..., "source": ...}}; only the text is required. Which fields hold which part is set by {@link FieldNames}
 * (by default also "content", "body", "published", "link" ...; names matched exactly first, then ignoring case). A line without "id" gets {@code STEM-LINE} (file name without extension,
 * line number). Blank lines are skipped. Each line is decoded on its own, so a badly encoded or malformed line is
 * reported as a {@link RecordError} at "file:line" and the next line is read as usual.
 */
public final class JsonlReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path file;
  private final FieldNames fields;
  private final String name;
  private final String stem;
  private ByteLines lines;
  private int line;
  private int records;
  private boolean done;

  public JsonlReader(Path file) {
    this(file, FieldNames.DEFAULTS);
  }

  public JsonlReader(Path file, FieldNames fields) {
    this.file = file;
    this.fields = fields;
    this.name = file.toString();
    this.stem = TextFileReader.idOf(file);
  }

  /** Reads JSON Lines from a stream (standard input, tests); {@code name} stands for the file in messages. */
  public JsonlReader(String name, InputStream in) {
    this.file = null;
    this.fields = FieldNames.DEFAULTS;
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
        Optional<RecordError> odd = FileProblems.sniff(file, false);
        if (odd.isPresent()) {
          done = true;
          return Optional.of(odd.get());
        }
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
    Named text = field(node, fields.text());
    if (text == null || text.node().isNull()) {
      return error(RecordError.NO_TEXT, "line has no \"" + fields.text().get(0) + "\"; give the article text as \""
          + fields.text().get(0) + "\": \"...\"");
    }
    if (!text.node().isTextual()) {
      return error(RecordError.TEXT_NOT_STRING, "\"" + text.name() + "\" is a " + kind(text.node())
          + ", not a string; give the article text as one JSON string");
    }
    if (text.node().textValue().isBlank()) {
      return error(RecordError.EMPTY_TEXT, "\"" + text.name() + "\" is empty; there is nothing to code");
    }
    Named id = field(node, fields.id());
    String articleId;
    if (id == null || id.node().isNull()) {
      articleId = stem + "-" + line;
    } else if (id.node().isTextual() || id.node().isNumber()) {
      articleId = id.node().asText();
      if (articleId.isBlank()) {
        return error(RecordError.BAD_FIELD, "\"" + id.name() + "\" is empty; give each article an id, or leave \""
            + id.name() + "\" out");
      }
    } else {
      return error(RecordError.BAD_FIELD, "\"" + id.name() + "\" is a " + kind(id.node())
          + "; give the id as a string or a number");
    }
    Optional<LocalDate> date;
    Named d = field(node, fields.date());
    if (d == null || d.node().isNull() || d.node().isTextual() && d.node().textValue().isBlank()) {
      date = Optional.empty();
    } else {
      date = d.node().isTextual() ? Dates.parse(d.node().textValue()) : Optional.empty();
      if (date.isEmpty()) {
        return error(RecordError.BAD_DATE, "\"" + d.name() + "\" " + clip(d.node().toString(), 40)
            + " is not a date; write YYYY-MM-DD (e.g. \"2008-08-06\") or an ISO-8601 date-time, or null when"
            + " unknown");
      }
    }
    Optional<String> title;
    Optional<String> url;
    Optional<String> source;
    try {
      title = optionalString(field(node, fields.title()));
      url = optionalString(field(node, fields.url()));
      source = optionalString(field(node, fields.source()));
    } catch (IllegalArgumentException e) {
      return error(RecordError.BAD_FIELD, e.getMessage());
    }
    return new ReadResult.Ok(new Article(articleId, text.node().textValue(), title, date, url, origin(), source));
  }

  /** A field found under one of its names. */
  private record Named(String name, JsonNode node) {
  }

  /** The first of {@code names} present in {@code node}, matched exactly, else ignoring case; null if none. */
  private static Named field(JsonNode node, List<String> names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v != null) {
        return new Named(n, v);
      }
    }
    for (String n : names) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().strip().equalsIgnoreCase(n)) {
          return new Named(e.getKey(), e.getValue());
        }
      }
    }
    return null;
  }

  private static Optional<String> optionalString(Named v) {
    if (v == null || v.node().isNull()) {
      return Optional.empty();
    }
    if (!v.node().isTextual()) {
      throw new IllegalArgumentException("\"" + v.name() + "\" is a " + kind(v.node())
          + "; give it as a string, or null");
    }
    return v.node().textValue().isBlank() ? Optional.empty() : Optional.of(v.node().textValue());
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
