package org.tacitus.app.web;

import java.util.Objects;

/** What is wrong with one field of a request: a query or path parameter, or a field of the JSON body. */
public record FieldError(String field, String message) {

  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
