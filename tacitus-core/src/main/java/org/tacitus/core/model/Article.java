package org.tacitus.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news story as read from an input. {@code text} is what is analysed; every character offset Tacitus writes
 * (tokens, mentions, evidence) points into it.
 *
 * @param id unique id of the article within a run (file name, JSONL "id" ...)
 * @param text the analysed text
 * @param title the headline, when the input gives one apart from the text
 * @param date the publication date, used to resolve dated dictionary entries
 * @param url where the story came from
 * @param origin where the record was read ("file.jsonl:12"), for error messages
 * @param source who published it (a news source's name or code), when the input says
 */
public record Article(
    String id,
    String text,
    Optional<String> title,
    Optional<LocalDate> date,
    Optional<String> url,
    String origin,
    Optional<String> source) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
  }

  /** An article whose input does not name its source. */
  public Article(String id, String text, Optional<String> title, Optional<LocalDate> date, Optional<String> url,
      String origin) {
    this(id, text, title, date, url, origin, Optional.empty());
  }

  /** An article with only an id and a text, read from nowhere in particular. */
  public static Article of(String id, String text) {
    return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty(), id);
  }

  public Article withDate(LocalDate newDate) {
    return new Article(id, text, title, Optional.ofNullable(newDate), url, origin, source);
  }
}
