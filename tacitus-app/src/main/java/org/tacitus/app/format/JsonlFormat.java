package org.tacitus.app.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.tacitus.app.EventJson;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Span;

/**
 * Tacitus' own JSON Lines: the event object {@link EventJson} writes, then the row's id and counts ({@code event_id},
 * {@code num_mentions}, {@code num_sources}, {@code num_articles}, {@code doc_ids}, {@code urls}), and the event's
 * {@code event_date} and {@code place} when it has them; no header.
 */
final class JsonlFormat implements EventFormat {

  private final Writer out;

  JsonlFormat(Writer out) {
    this.out = out;
  }

  @Override
  public void header() {
    // JSON Lines has no header.
  }

  @Override
  public void write(EventRow r) throws IOException {
    out.write(EventJson.MAPPER.writeValueAsString(node(r)));
    out.write('\n');
  }

  static ObjectNode node(EventRow r) {
    Sighting first = r.first();
    Event e = first.event();
    String text = first.article().article().text();
    ObjectNode n = EventJson.event(first.article(), e);
    if (!n.has("event_date") && e.date().isPresent()) {
      EventDate d = e.date().get();
      ObjectNode date = n.putObject("event_date");
      date.put("date", d.date().toString());
      date.put("precision", d.precision().name().toLowerCase(Locale.ROOT));
      date.put("reason", d.reason());
      date.set("evidence", d.evidence().map(s -> span(s, text)).orElse(null));
    }
    if (!n.has("place") && e.place().isPresent()) {
      Place p = e.place().get();
      ObjectNode place = n.putObject("place");
      place.put("name", p.name());
      place.put("type", p.type().name().toLowerCase(Locale.ROOT));
      place.put("country", p.country().orElse(null));
      place.put("admin1", p.admin1().orElse(null));
      place.put("lat", p.lat().orElse(null));
      place.put("lon", p.lon().orElse(null));
      place.put("geonames_id", p.geonamesId().orElse(null));
      place.set("evidence", p.evidence().map(s -> span(s, text)).orElse(null));
      place.put("reason", p.reason());
    }
    n.put("event_id", first.eventId());
    n.put("num_mentions", r.numMentions());
    n.put("num_sources", r.numSources());
    n.put("num_articles", r.numArticles());
    ArrayNode ids = n.putArray("doc_ids");
    r.docIds().forEach(ids::add);
    ArrayNode urls = n.putArray("urls");
    r.urls().forEach(urls::add);
    return n;
  }

  private static ObjectNode span(Span s, String text) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    n.put("text", s.of(text));
    return n;
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
