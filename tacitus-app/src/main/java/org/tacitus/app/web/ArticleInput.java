package org.tacitus.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tacitus.app.EventJson;
import org.tacitus.core.model.Article;
import org.tacitus.store.EventStore;

/**
 * An article to code as the API receives it: plain text, or a JSON object {@code {"text", "id", "title", "date",
 * "url"}} (only {@code text} required) as in the JSON Lines input of {@code tacitus code}.
 */
public record ArticleInput(String text, Optional<String> id, Optional<String> title, Optional<LocalDate> date,
    Optional<String> url) {

  private static final int MAX_ID = 200;

  public ArticleInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
  }

  /** Reads a JSON body; every wrong field is reported at once as a 400. */
  public static ArticleInput fromJson(String body) {
    JsonNode n;
    try {
      n = EventJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("body", "not JSON (" + e.getOriginalMessage() + "); send {\"text\": \"...\"}"
          + " or the text itself as text/plain");
    }
    if (n == null || !n.isObject()) {
      throw ApiException.badRequest("body", "expected a JSON object such as {\"text\": \"...\"}");
    }
    List<FieldError> errors = new ArrayList<>();
    Optional<String> text = string(n, "text", errors);
    if (text.isEmpty() && errors.isEmpty()) {
      errors.add(new FieldError("text", "missing or empty; give the article text as \"text\": \"...\""));
    }
    Optional<String> id = string(n, "id", errors);
    Optional<String> title = string(n, "title", errors);
    Optional<String> url = string(n, "url", errors);
    Optional<LocalDate> date = Optional.empty();
    Optional<String> dateText = string(n, "date", errors);
    if (dateText.isPresent()) {
      date = parseDate("date", dateText.get(), errors);
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
    return checked(text.get(), id, title, date, url);
  }

  /** A plain-text body, with id, title and date from query parameters. */
  public static ArticleInput fromText(String body, Optional<String> id, Optional<String> title,
      Optional<LocalDate> date) {
    if (body.isBlank()) {
      throw ApiException.badRequest("text", "the body is empty; send the article text");
    }
    return checked(body, id, title, date, Optional.empty());
  }

  private static ArticleInput checked(String text, Optional<String> id, Optional<String> title,
      Optional<LocalDate> date, Optional<String> url) {
    if (id.isPresent() && (id.get().length() > MAX_ID || id.get().chars().anyMatch(Character::isISOControl))) {
      throw ApiException.badRequest("id", "at most " + MAX_ID + " characters, no control characters");
    }
    return new ArticleInput(text, id, title, date, url);
  }

  static Optional<LocalDate> parseDate(String field, String value, List<FieldError> errors) {
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "'" + value + "' is not a date; write YYYY-MM-DD (2024-03-04)"));
      return Optional.empty();
    }
  }

  private static Optional<String> string(JsonNode n, String field, List<FieldError> errors) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      errors.add(new FieldError(field, "must be a string, not " + v.getNodeType().toString().toLowerCase()));
      return Optional.empty();
    }
    return v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }

  /** The article; without an id, {@code web-} and the start of the text's SHA-256, so that coding it again replaces. */
  public Article article() {
    String docId = id.orElseGet(() -> "web-" + EventStore.contentHash(text).substring(0, 12));
    return new Article(docId, text, title, date, url, "web request");
  }
}
