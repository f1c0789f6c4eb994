package org.tacitus.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Provenance;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Span;

/**
 * The event JSON Lines that {@code tacitus code} writes, one event a line, and the provenance record. Every
 * {@code start}/{@code end} is a character offset into the article text, and the {@code text} beside it is exactly
 * {@code text.substring(start, end)}. The fields are listed in the README ("Event schema").
 */
public final class EventJson {

  /** Shared, configured once; Jackson's mapper is thread safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private EventJson() {
  }

  /** Writes one line per event of {@code article}. */
  public static void write(CodedArticle article, Writer out) throws IOException {
    for (Event e : article.events()) {
      out.write(MAPPER.writeValueAsString(event(article, e)));
      out.write('\n');
    }
  }

  /** One event as the JSON object of its line. */
  public static ObjectNode event(CodedArticle article, Event e) {
    String text = article.article().text();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("doc_id", article.article().id());
    n.put("sentence", e.sentence());
    List<Sentence> sentences = article.annotated().sentences();
    if (e.sentence() >= 0 && e.sentence() < sentences.size()) {
      n.put("sentence_text", sentences.get(e.sentence()).span().of(text));
    }
    n.put("date", article.article().date().map(LocalDate::toString).orElse(null));
    n.put("code", e.code().code());
    n.put("code_name", e.code().name());
    n.put("root", e.code().root());
    n.put("quad_class", e.code().quadClass().number());
    n.put("goldstein", e.code().goldstein());
    n.set("source", actor(e.source(), text));
    n.set("target", e.target().map(m -> actor(m, text)).orElse(null));
    n.put("modality", e.modality().label());
    n.set("evidence", span(e.evidence(), text));
    n.put("rule", e.rule());
    n.put("confidence", e.confidence());
    n.set("reported_by", e.reportedBy().map(m -> actor(m, text)).orElse(null));
    return n;
  }

  private static ObjectNode actor(Mention m, String text) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("code", m.actor().code());
    n.put("country", m.actor().country().orElse(null));
    n.put("sector", m.actor().sector().orElse(null));
    n.put("text", m.span().of(text));
    n.put("start", m.span().start());
    n.put("end", m.span().end());
    return n;
  }

  private static ObjectNode span(Span s, String text) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    n.put("text", s.of(text));
    return n;
  }

  /**
   * An event's date as the {@code event_date} object of the JSON Lines format and the web API: {@code date},
   * {@code precision} (lower case), {@code reason} and {@code evidence} (the words that gave it, or null); the
   * evidence has its {@code text} when the article text is given.
   */
  public static ObjectNode eventDate(EventDate d, Optional<String> text) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("date", d.date().toString());
    n.put("precision", d.precision().name().toLowerCase(Locale.ROOT));
    n.put("reason", d.reason());
    n.set("evidence", d.evidence().map(s -> span(s, text)).orElse(null));
    return n;
  }

  /**
   * An event's place as the {@code place} object of the JSON Lines format and the web API: {@code name}, {@code type}
   * ({@code country}, {@code admin1}, {@code city}, {@code unresolved}), {@code country} (ISO alpha-3), {@code admin1},
   * {@code lat}, {@code lon}, {@code geonames_id}, {@code evidence} (the place words, or null; with their
   * {@code text} when the article text is given) and {@code reason}; absent values are null.
   */
  public static ObjectNode place(Place p, Optional<String> text) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", p.name());
    n.put("type", p.type().name().toLowerCase(Locale.ROOT));
    n.put("country", p.country().orElse(null));
    n.put("admin1", p.admin1().orElse(null));
    n.put("lat", p.lat().orElse(null));
    n.put("lon", p.lon().orElse(null));
    n.put("geonames_id", p.geonamesId().orElse(null));
    n.set("evidence", p.evidence().map(s -> span(s, text)).orElse(null));
    n.put("reason", p.reason());
    return n;
  }

  private static ObjectNode span(Span s, Optional<String> text) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("start", s.start());
    n.put("end", s.end());
    text.ifPresent(t -> n.put("text", s.of(t)));
    return n;
  }

  /** The provenance of a run, with its counts when given, as one JSON object. */
  public static ObjectNode provenance(Provenance p, RunSummary summary) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("tacitus_version", p.tacitusVersion());
    n.put("nlp", p.nlp());
    ObjectNode dicts = n.putObject("dictionaries");
    p.dictionaries().forEach(dicts::put);
    ObjectNode config = n.putObject("config");
    p.config().forEach(config::put);
    if (summary != null) {
      ObjectNode run = n.putObject("run");
      run.put("read", summary.read());
      run.put("coded", summary.coded());
      ObjectNode skipped = run.putObject("skipped");
      summary.skipped().forEach(skipped::put);
      ObjectNode failed = run.putObject("failed");
      summary.failed().forEach(failed::put);
      run.put("sentences", summary.sentences());
      run.put("events", summary.events());
      run.put("seconds", summary.elapsed().toMillis() / 1000.0);
    }
    return n;
  }

  /** Pretty JSON text of a node, ending with a newline. */
  public static String pretty(Object node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
