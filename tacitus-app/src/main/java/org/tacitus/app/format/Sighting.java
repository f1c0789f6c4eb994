package org.tacitus.app.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;

/**
 * One event as found in one article: what GDELT calls a mention of an event.
 *
 * @param article the article it was found in
 * @param event the event
 * @param index the event's position among all the events coded for the article (stable under export filters); it
 *     makes the event's id
 */
public record Sighting(CodedArticle article, Event event, int index) {

  public Sighting {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(event, "event");
  }

  /** The event's date: its own ({@link Event#date()}), else the article's, when either is known. */
  public Optional<LocalDate> date() {
    return event.date().map(EventDate::date).or(() -> article.article().date());
  }

  /** The article's id. */
  public String docId() {
    return article.article().id();
  }

  /** The article's URL, when it has one. */
  public Optional<String> url() {
    return article.article().url();
  }

  /** The stable id of the event: see {@link Cells#eventId(String, int, int)}. */
  public long eventId() {
    return Cells.eventId(docId(), event.sentence(), index);
  }

  /**
   * Who published the article: the host of its URL without a leading "www." ("reuters.com"), or, without a URL (or
   * with one that has no host), where it was read without the record number ("wire.jsonl" for "wire.jsonl:12").
   */
  public String publisher() {
    Optional<String> host = url().flatMap(Sighting::host);
    if (host.isPresent()) {
      return host.get();
    }
    String origin = article.article().origin();
    return origin.replaceFirst(":\\d+$", "");
  }

  private static Optional<String> host(String url) {
    try {
      String h = new URI(url.strip()).getHost();
      if (h == null || h.isEmpty()) {
        return Optional.empty();
      }
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
