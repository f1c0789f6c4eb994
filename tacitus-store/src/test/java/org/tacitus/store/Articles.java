package org.tacitus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Span;

/**
 * Builds small coded articles from core records, one sentence per event: "SOURCE verb TARGET." with the actor codes
 * written as the words that name them, so tests need no language analysis.
 */
final class Articles {

  private final String id;
  private final LocalDate date;
  private final StringBuilder text = new StringBuilder();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();

  private Articles(String id, LocalDate date) {
    this.id = id;
    this.date = date;
  }

  static Articles article(String id, String isoDate) {
    return new Articles(id, isoDate == null ? null : LocalDate.parse(isoDate));
  }

  /** Adds the sentence "source verb target." and its event; a null target gives an event without target. */
  Articles event(String source, String verb, String target, String cameo) {
    int sentence = events.size();
    Mention src = mention(sentence, source);
    text.append(' ');
    Span evidence = new Span(text.length(), text.length() + verb.length());
    text.append(verb);
    Optional<Mention> tgt = Optional.empty();
    if (target != null) {
      text.append(' ');
      tgt = Optional.of(mention(sentence, target));
    }
    text.append(". ");
    events.add(new Event(id, sentence, CameoOntology.standard().code(cameo), src, tgt, Modality.ASSERTED, evidence,
        "test: " + verb, 0.9, Optional.empty()));
    return this;
  }

  private Mention mention(int sentence, String code) {
    Span span = new Span(text.length(), text.length() + code.length());
    text.append(code);
    Actor actor = code.length() > 3
        ? new Actor(code, Optional.of(code.substring(0, 3)), Optional.of(code.substring(3)))
        : Actor.country(code);
    Mention m = new Mention(sentence, 0, span, code, actor, "test actor '" + code + "'");
    mentions.add(m);
    return m;
  }

  CodedArticle build() {
    Article a = new Article(id, text.toString().strip(), Optional.of("Title of " + id), Optional.ofNullable(date),
        Optional.of("https://example.org/" + id), "test:" + id);
    return new CodedArticle(new AnnotatedArticle(a, List.of()), mentions, events);
  }

  /** The same coded article under another id (the text, and so the content hash, unchanged). */
  static CodedArticle withId(CodedArticle coded, String newId) {
    Article a = coded.article();
    Article b = new Article(newId, a.text(), a.title(), a.date(), a.url(), a.origin());
    List<Event> evs = coded.events().stream().map(e -> new Event(newId, e.sentence(), e.code(), e.source(),
        e.target(), e.modality(), e.evidence(), e.rule(), e.confidence(), e.reportedBy())).toList();
    return new CodedArticle(new AnnotatedArticle(b, List.of()), coded.mentions(), evs);
  }
}
