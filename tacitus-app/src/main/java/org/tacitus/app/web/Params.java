package org.tacitus.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks the query and path parameters of one request, collecting every error, so that a bad request is
 * answered once with all its wrong fields ({@link #check()}).
 */
final class Params {

  private static final Pattern ACTOR = Pattern.compile("[A-Z0-9-]{1,40}");

  private final Context ctx;
  private final List<FieldError> errors = new ArrayList<>();

  Params(Context ctx) {
    this.ctx = ctx;
  }

  void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** Throws a 400 naming every wrong field, if any. */
  void check() {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
  }

  /** A query parameter, stripped; empty when absent or blank. */
  Optional<String> string(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  Optional<LocalDate> date(String name) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.get()));
    } catch (DateTimeParseException e) {
      error(name, "'" + v.get() + "' is not a date; write YYYY-MM-DD (2024-03-04)");
      return Optional.empty();
    }
  }

  int integer(String name, int byDefault, int min, int max) {
    return optionalInteger(name, min, max).orElse(byDefault);
  }

  Optional<Integer> optionalInteger(String name, int min, int max) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        error(name, "must be " + min + " to " + max + ", got " + n);
        return Optional.empty();
      }
      return Optional.of(n);
    } catch (NumberFormatException e) {
      error(name, "'" + v.get() + "' is not a whole number");
      return Optional.empty();
    }
  }

  boolean bool(String name) {
    Optional<String> v = string(name);
    if (v.isEmpty()) {
      return false;
    }
    switch (v.get().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> {
        return true;
      }
      case "false", "0", "no" -> {
        return false;
      }
      default -> {
        error(name, "'" + v.get() + "' is not true or false");
        return false;
      }
    }
  }

  /** A query parameter that must be one of {@code allowed} (case ignored); {@code byDefault} when absent. */
  String choice(String name, String byDefault, List<String> allowed) {
    Optional<String> v = string(name).map(s -> s.toLowerCase(Locale.ROOT));
    if (v.isEmpty()) {
      return byDefault;
    }
    if (!allowed.contains(v.get())) {
      error(name, "'" + v.get() + "' is not one of " + String.join(", ", allowed));
      return byDefault;
    }
    return v.get();
  }

  /** An actor code or its start, upper-cased: letters, digits and '-' (RUS, RUSGOV, ---GOV). */
  Optional<String> actor(String name) {
    return string(name).flatMap(v -> actorCode(name, v));
  }

  /** A path parameter that is an actor code. */
  String pathActor(String name) {
    return actorCode(name, ctx.pathParam(name)).orElse("");
  }

  private Optional<String> actorCode(String field, String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (!ACTOR.matcher(code).matches()) {
      error(field, "'" + value + "' is not an actor code; give letters and digits, e.g. RUS or RUSGOV");
      return Optional.empty();
    }
    return Optional.of(code);
  }

  /** A query parameter matching {@code pattern}, explained by {@code expected} when it does not. */
  Optional<String> matching(String name, Pattern pattern, String expected) {
    Optional<String> v = string(name);
    if (v.isPresent() && !pattern.matcher(v.get()).matches()) {
      error(name, "'" + v.get() + "' is not " + expected);
      return Optional.empty();
    }
    return v;
  }
}
