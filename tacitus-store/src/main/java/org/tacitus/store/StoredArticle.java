package org.tacitus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored article with its actor mentions and events in text order. {@code text} is empty when the article was
 * stored without it ({@code keepText = false}); the offsets of the mentions and events point into it.
 */
public record StoredArticle(String id, Optional<String> url, Optional<String> title, Optional<LocalDate> date,
    Optional<String> text, List<StoredMention> mentions, List<EventRow> events) {

  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }
}
