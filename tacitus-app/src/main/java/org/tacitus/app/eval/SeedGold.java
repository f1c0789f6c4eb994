package org.tacitus.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-coded events of one article ({@code shared/seed/gold.json}): {@code {"document", "events": [{"evidence",
 * "source", "source_sector"?, "target", "target_sector"?, "code", "accept", "required"}]}}.
 *
 * @param document the article file the events belong to
 * @param events the events, in file order
 */
public record SeedGold(String document, List<SeedEvent> events) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public SeedGold {
    events = List.copyOf(events);
  }

  public long required() {
    return events.stream().filter(SeedEvent::required).count();
  }

  /**
   * Reads a seed gold file.
   *
   * @throws GoldFormatException naming the file and the event, when it does not follow the format
   */
  public static SeedGold read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(file + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    JsonNode array = root.path("events");
    if (!array.isArray()) {
      throw new GoldFormatException(file + ": no \"events\" list");
    }
    List<SeedEvent> events = new ArrayList<>();
    for (JsonNode e : array) {
      int number = events.size() + 1;
      try {
        List<String> accept = new ArrayList<>();
        e.path("accept").forEach(a -> accept.add(a.asText()));
        events.add(new SeedEvent(number, text(e, "evidence"), text(e, "source"), text(e, "source_sector"),
            text(e, "target"), text(e, "target_sector"), text(e, "code"), accept, e.path("required").asBoolean()));
      } catch (IllegalArgumentException | NullPointerException ex) {
        throw new GoldFormatException(file + ": event #" + number + ": " + ex.getMessage());
      }
    }
    return new SeedGold(root.path("document").asText(file.getFileName().toString()), events);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
