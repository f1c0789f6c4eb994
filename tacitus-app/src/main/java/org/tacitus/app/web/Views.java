package org.tacitus.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tacitus.app.EventJson;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Sentence;
import org.tacitus.store.ActorCount;
import org.tacitus.store.DyadEdge;
import org.tacitus.store.DyadPeriod;
import org.tacitus.store.EventPage;
import org.tacitus.store.EventRow;
import org.tacitus.store.StoredActor;
import org.tacitus.store.StoredArticle;
import org.tacitus.store.StoredMention;

/**
 * The JSON bodies the API answers with, built with Jackson from the records of the pipeline and the store. Field
 * names are snake_case as in the event lines of {@code tacitus code}; every {@code start}/{@code end} is a character
 * offset (UTF-16 code units) into the article text.
 */
final class Views {

  private Views() {
  }

  private static ObjectNode object() {
    return EventJson.MAPPER.createObjectNode();
  }

  /** A freshly coded article: the article, its sentences, mentions and events. */
  static ObjectNode coded(CodingService.Result result) {
    CodedArticle coded = result.coded();
    Article a = coded.article();
    ObjectNode n = object();
    n.set("article", article(a.id(), a.url(), a.title(), a.date(), Optional.of(a.text())));
    n.put("stored", result.stored());
    ArrayNode sentences = n.putArray("sentences");
    for (Sentence s : coded.annotated().sentences()) {
      sentences.addObject().put("index", s.index()).put("start", s.start()).put("end", s.end());
    }
    ArrayNode mentions = n.putArray("mentions");
    coded.mentions().stream().sorted(Comparator.comparingInt(Mention::sentence)
        .thenComparingInt(m -> m.span().start()).thenComparingInt(m -> m.span().end()))
        .forEach(m -> mentions.add(mention(m.sentence(), m.span().start(), m.span().end(),
            m.span().of(a.text()), m.actor().code(), m.actor().country(), m.actor().sector(), m.reason())));
    ArrayNode events = n.putArray("events");
    for (Event e : coded.events()) {
      ObjectNode event = EventJson.event(coded, e);
      whenAndWhere(event, e.date().or(() -> a.date().map(EventDate::ofArticle)), e.place(), Optional.of(a.text()));
      events.add(event);
    }
    return n;
  }

  /**
   * Adds an event's {@code event_date} and {@code place} objects ({@link EventJson#eventDate},
   * {@link EventJson#place}), null when it has none; their evidence has its text when the article text is known.
   */
  private static void whenAndWhere(ObjectNode event, Optional<EventDate> date, Optional<Place> place,
      Optional<String> text) {
    event.set("event_date", date.map(d -> EventJson.eventDate(d, text)).orElse(null));
    event.set("place", place.map(p -> EventJson.place(p, text)).orElse(null));
  }

  private static ObjectNode article(String id, Optional<String> url, Optional<String> title,
      Optional<LocalDate> date, Optional<String> text) {
    ObjectNode n = object();
    n.put("id", id);
    n.put("title", title.orElse(null));
    n.put("date", date.map(LocalDate::toString).orElse(null));
    n.put("url", url.orElse(null));
    n.put("text", text.orElse(null));
    return n;
  }

  private static ObjectNode mention(int sentence, int start, int end, String text, String code,
      Optional<String> country, Optional<String> sector, String reason) {
    ObjectNode n = object();
    n.put("sentence", sentence);
    n.put("start", start);
    n.put("end", end);
    n.put("text", text);
    n.put("code", code);
    n.put("country", country.orElse(null));
    n.put("sector", sector.orElse(null));
    n.put("reason", reason);
    return n;
  }

  /** A stored article, its mentions and its events. */
  static ObjectNode storedArticle(StoredArticle a) {
    ObjectNode n = article(a.id(), a.url(), a.title(), a.date(), a.text());
    ArrayNode mentions = n.putArray("mentions");
    for (StoredMention m : a.mentions()) {
      mentions.add(mention(m.sentence(), m.span().start(), m.span().end(), m.text(), m.actor().code(),
          m.actor().country(), m.actor().sector(), m.reason()));
    }
    ArrayNode events = n.putArray("events");
    a.events().forEach(e -> events.add(event(e, a.text())));
    return n;
  }

  static ObjectNode page(EventPage page) {
    ObjectNode n = object();
    n.put("total", page.total());
    n.put("limit", page.limit());
    n.put("offset", page.offset());
    ArrayNode events = n.putArray("events");
    page.events().forEach(e -> events.add(event(e, Optional.empty())));
    return n;
  }

  /**
   * A stored event, in the fields of the event lines (plus {@code seq}; {@code reported_by} has its code only) with
   * its {@code event_date} and {@code place}; the evidence of those has its text only when the article text is given.
   */
  static ObjectNode event(EventRow e, Optional<String> text) {
    ObjectNode n = object();
    n.put("doc_id", e.docId());
    n.put("seq", e.seq());
    n.put("sentence", e.sentence());
    n.put("date", e.date().map(d -> d.date().toString()).orElse(null));
    n.put("code", e.code());
    n.put("code_name", CameoOntology.standard().find(e.code()).map(CameoCode::name).orElse(""));
    n.put("root", e.root());
    n.put("quad_class", e.quadClass());
    n.put("goldstein", e.goldstein());
    n.set("source", actor(e.source()));
    n.set("target", e.target().map(Views::actor).orElse(null));
    n.put("modality", e.modality());
    n.putObject("evidence").put("start", e.evidence().start()).put("end", e.evidence().end())
        .put("text", e.evidenceText());
    n.put("rule", e.rule());
    n.put("confidence", e.confidence());
    n.set("reported_by", e.reportedByCode().map(c -> object().put("code", c)).orElse(null));
    whenAndWhere(n, e.date(), e.place(), text);
    return n;
  }

  private static ObjectNode actor(StoredActor a) {
    ObjectNode n = object();
    n.put("code", a.code());
    n.put("country", a.country().orElse(null));
    n.put("sector", a.sector().orElse(null));
    n.put("text", a.text());
    n.put("start", a.start());
    n.put("end", a.end());
    return n;
  }

  static ObjectNode series(String a, String b, String by, boolean directed, List<DyadPeriod> periods) {
    ObjectNode n = object();
    n.put("a", a);
    n.put("b", b);
    n.put("by", by);
    n.put("directed", directed);
    ArrayNode rows = n.putArray("periods");
    for (DyadPeriod p : periods) {
      rows.addObject().put("period", p.period().toString())
          .put("verbal_cooperation", p.verbalCooperation())
          .put("material_cooperation", p.materialCooperation())
          .put("verbal_conflict", p.verbalConflict())
          .put("material_conflict", p.materialConflict())
          .put("events", p.events())
          .put("goldstein_sum", p.goldsteinSum())
          .put("goldstein_mean", p.goldsteinMean());
    }
    return n;
  }

  static ObjectNode topActors(List<ActorCount> actors) {
    ObjectNode n = object();
    ArrayNode rows = n.putArray("actors");
    for (ActorCount a : actors) {
      rows.addObject().put("code", a.code()).put("as_source", a.asSource()).put("as_target", a.asTarget())
          .put("events", a.events());
    }
    return n;
  }

  static ObjectNode network(List<DyadEdge> edges) {
    ObjectNode n = object();
    ArrayNode rows = n.putArray("edges");
    for (DyadEdge e : edges) {
      rows.addObject().put("source", e.source()).put("target", e.target()).put("events", e.events())
          .put("goldstein_mean", e.goldsteinMean());
    }
    return n;
  }

  static ObjectNode error(int status, String message, List<FieldError> fields) {
    ObjectNode n = object();
    n.put("status", status);
    n.put("error", message);
    ArrayNode f = n.putArray("fields");
    for (FieldError e : fields) {
      f.addObject().put("field", e.field()).put("message", e.message());
    }
    return n;
  }
}
