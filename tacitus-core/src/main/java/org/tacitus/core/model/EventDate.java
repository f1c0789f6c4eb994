package org.tacitus.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened, and why Tacitus thinks so.
 *
 * @param date the day (for a week or month, its first day; see {@code precision})
 * @param precision how exact the day is
 * @param evidence the words that gave the date ("yesterday", "on Tuesday"), absent when the article's date was used
 * @param reason a short human-readable reason, e.g. "article date" or "'yesterday' = article date - 1 day"
 */
public record EventDate(LocalDate date, Precision precision, Optional<Span> evidence, String reason) {

  /** How exact an event date is. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  public EventDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
  }

  /** The article's own date, used when the sentence names no other. */
  public static EventDate ofArticle(LocalDate date) {
    return new EventDate(date, Precision.DAY, Optional.empty(), "article date");
  }
}
