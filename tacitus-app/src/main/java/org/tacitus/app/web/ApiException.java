package org.tacitus.app.web;

import java.util.List;

/**
 * A request the API refuses, with the HTTP status to answer and, for a bad request, what is wrong with each field.
 * Thrown by handlers and services, turned into a JSON error once, in {@link WebServer}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<FieldError> fields;

  public ApiException(int status, String message, List<FieldError> fields) {
    super(message);
    this.status = status;
    this.fields = List.copyOf(fields);
  }

  /** 400 with the errors of the fields. */
  public static ApiException badRequest(List<FieldError> fields) {
    String summary = fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).message()
        : fields.size() + " fields are wrong";
    return new ApiException(400, "bad request: " + summary, fields);
  }

  /** 400 for one field. */
  public static ApiException badRequest(String field, String message) {
    return badRequest(List.of(new FieldError(field, message)));
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message, List.of());
  }

  public int status() {
    return status;
  }

  public List<FieldError> fields() {
    return fields;
  }
}
