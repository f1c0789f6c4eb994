package org.tacitus.core.model;

import java.util.List;

/**
 * The result of coding one article: its analysis, the actor mentions found, and the events.
 *
 * @param annotated the article and its language analysis
 * @param mentions every actor mention resolved in the article
 * @param events the coded events, in text order
 */
public record CodedArticle(AnnotatedArticle annotated, List<Mention> mentions, List<Event> events) {

  public CodedArticle {
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }

  public Article article() {
    return annotated.article();
  }
}
