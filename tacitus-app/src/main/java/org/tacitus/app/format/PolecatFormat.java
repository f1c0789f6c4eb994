package org.tacitus.app.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tacitus.app.EventJson;
import org.tacitus.core.cameo.PloverCrosswalk;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Sentence;

/**
 * PLOVER event records as POLECAT users read them: one JSON object a line with the field names of the PLOVER
 * specification's records ({@code id, date, source, target, event, eventText, context, mode, text, language,
 * publication, coder, version, dateCoded}, as in openeventdata/PLOVER's gold standard records), the PLOVER event,
 * mode and context taken from the CAMEO code through {@link PloverCrosswalk}, then Tacitus's additions
 * ({@code cameo}, {@code location}, the counts). CAMEO 01 and 02 events, which PLOVER drops, are left out and
 * counted ({@link #notes()}). docs/FORMATS.md lists the fields.
 */
final class PolecatFormat implements EventFormat {

  /** The crosswalk's name, written as each record's {@code version}. */
  static final String CROSSWALK = "CAMEO2PLOVER-2021";

  private final Writer out;
  private final String coded;
  private int dropped;

  PolecatFormat(Writer out, Instant added) {
    this.out = out;
    this.coded = LocalDate.ofInstant(added, ZoneOffset.UTC).toString();
  }

  @Override
  public void header() {
    // JSON Lines has no header.
  }

  @Override
  public void write(EventRow r) throws IOException {
    Sighting first = r.first();
    Event e = first.event();
    Optional<PloverCrosswalk.Plover> plover = PloverCrosswalk.standard().of(e.code().code());
    if (plover.isEmpty()) {
      dropped++;
      return;
    }
    String text = first.article().article().text();
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("id", Long.toString(first.eventId()));
    n.put("date", first.date().map(LocalDate::toString).orElse(null));
    n.set("source", actors(Optional.of(e.source())));
    n.set("target", actors(e.target()));
    n.put("event", plover.get().event());
    n.put("eventText", e.evidence().of(text));
    n.put("context", plover.get().context().orElse(""));
    n.put("mode", plover.get().mode().orElse(""));
    List<Sentence> sentences = first.article().annotated().sentences();
    n.put("text", e.sentence() < sentences.size() ? sentences.get(e.sentence()).span().of(text)
        : e.evidence().of(text));
    n.put("language", "en");
    n.put("publication", first.publisher());
    n.put("coder", "Tacitus");
    n.put("version", CROSSWALK);
    n.put("dateCoded", coded);
    n.put("cameo", e.code().code());
    n.set("location", Geo.resolved(e.place()).map(PolecatFormat::location).orElse(null));
    n.put("numMentions", r.numMentions());
    n.put("numSources", r.numSources());
    n.put("numArticles", r.numArticles());
    ArrayNode ids = n.putArray("docIds");
    r.docIds().forEach(ids::add);
    ArrayNode urls = n.putArray("urls");
    r.urls().forEach(urls::add);
    out.write(EventJson.MAPPER.writeValueAsString(n));
    out.write('\n');
  }

  /** PLOVER's actor list: the words, the country or organisation code, and the sector after it. */
  private static ArrayNode actors(Optional<Mention> mention) {
    ArrayNode list = EventJson.MAPPER.createArrayNode();
    if (mention.isEmpty()) {
      return list;
    }
    Mention m = mention.get();
    Actor a = m.actor();
    ObjectNode n = list.addObject();
    n.put("actorText", m.text());
    String head = a.code().length() >= 3 ? a.code().substring(0, 3) : a.code();
    if (!head.equals(Actor.UNKNOWN_COUNTRY)) {
      n.put("code", head);
    }
    if (a.code().length() > 3) {
      n.put("sector", a.code().substring(3));
    }
    return list;
  }

  private static ObjectNode location(Place p) {
    ObjectNode n = EventJson.MAPPER.createObjectNode();
    n.put("placeName", p.name());
    n.put("featureType", p.type().name().toLowerCase(java.util.Locale.ROOT));
    n.put("countryCode", p.country().orElse(null));
    n.put("admin1", p.admin1().orElse(null));
    n.put("lat", p.lat().orElse(null));
    n.put("lon", p.lon().orElse(null));
    n.put("geonamesID", p.geonamesId().orElse(null));
    return n;
  }

  @Override
  public List<String> notes() {
    return dropped == 0 ? List.of() : List.of(dropped + " event(s) of CAMEO 01 or 02, which PLOVER drops, were left"
        + " out of the POLECAT output");
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
