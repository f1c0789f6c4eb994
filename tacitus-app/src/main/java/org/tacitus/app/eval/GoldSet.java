package org.tacitus.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gold file read: the records to evaluate, and how many were left out because the gold marks them
 * {@code "evaluate": false}. The format is that of {@code shared/eval/*}{@code /dev.jsonl}: one record a line,
 * {@code {"id", "text", "date", "events": [{"source", "target", "code", "cameo_roots"?}], "evaluate"?}}.
 *
 * @param file where it was read
 * @param records the records to evaluate, in file order
 * @param notEvaluated records skipped because of {@code "evaluate": false}
 * @param uncoded gold events left out because they have neither a CAMEO code nor "cameo_roots" (they could match
 *     nothing)
 */
public record GoldSet(Path file, List<GoldRecord> records, int notEvaluated, int uncoded) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldSet {
    records = List.copyOf(records);
  }

  /** The first {@code n} records only. */
  public GoldSet limit(int n) {
    return n >= records.size() ? this : new GoldSet(file, records.subList(0, n), notEvaluated, uncoded);
  }

  /**
   * Reads a gold file.
   *
   * @throws GoldFormatException naming file and line, when a record does not follow the format
   */
  public static GoldSet read(Path file) throws IOException {
    List<GoldRecord> records = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    int skipped = 0;
    int[] uncoded = {0};
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String s;
      int line = 0;
      while ((s = in.readLine()) != null) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        String origin = file + ":" + line;
        try {
          JsonNode n = JSON.readTree(s);
          if (!n.path("evaluate").asBoolean(true)) {
            skipped++;
            continue;
          }
          GoldRecord r = record(n, origin, uncoded);
          String first = seen.putIfAbsent(r.id(), origin);
          if (first != null) {
            throw new GoldFormatException(origin + ": record id '" + r.id() + "' was used before, at " + first);
          }
          records.add(r);
        } catch (JsonProcessingException e) {
          throw new GoldFormatException(origin + ": not JSON (" + e.getOriginalMessage() + ")");
        } catch (GoldFormatException e) {
          throw e;
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new GoldFormatException(origin + ": " + e.getMessage());
        }
      }
    }
    return new GoldSet(file, records, skipped, uncoded[0]);
  }

  private static GoldRecord record(JsonNode n, String origin, int[] uncoded) {
    String id = text(n, "id", true);
    String text = text(n, "text", true);
    String date = text(n, "date", false);
    List<GoldEvent> events = new ArrayList<>();
    JsonNode array = n.path("events");
    if (!array.isMissingNode() && !array.isNull() && !array.isArray()) {
      throw new IllegalArgumentException("\"events\" is not a list");
    }
    for (JsonNode e : array) {
      List<String> roots = new ArrayList<>();
      e.path("cameo_roots").forEach(r -> roots.add(r.asText()));
      String code = Codes.normalise(text(e, "code", false));
      if (code == null && roots.isEmpty()) {
        uncoded[0]++;
        continue;
      }
      events.add(GoldEvent.of(text(e, "source", false), text(e, "target", false), code, roots));
    }
    return new GoldRecord(id, text, Optional.ofNullable(date).map(LocalDate::parse), events, origin);
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("record has no \"" + field + "\"");
      }
      return null;
    }
    if (field.equals("id") && v.isNumber()) {
      return v.asText();
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is not a string: " + v);
    }
    return v.textValue();
  }
}
