package org.tacitus.app.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.tacitus.app.EventJson;
import org.tacitus.core.model.Event;

/**
 * Tacitus' own JSON Lines: the event object {@link EventJson} writes, then the row's id and counts ({@code event_id},
 * {@code num_mentions}, {@code num_sources}, {@code num_articles}, {@code doc_ids}, {@code urls}), and the event's
 * {@code event_date} and {@code place} when it has them; no header.
 */
public final class JsonlFormat implements EventFormat {

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

  /** The JSON object of one row, as a line of this layout holds it (the Spark job writes the same fields). */
  public static ObjectNode node(EventRow r) {
    Sighting first = r.first();
    Event e = first.event();
    String text = first.article().article().text();
    ObjectNode n = EventJson.event(first.article(), e);
    if (!n.has("event_date") && e.date().isPresent()) {
      n.set("event_date", EventJson.eventDate(e.date().get(), Optional.of(text)));
    }
    if (!n.has("place") && e.place().isPresent()) {
      n.set("place", EventJson.place(e.place().get(), Optional.of(text)));
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

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
