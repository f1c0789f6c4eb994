package org.tacitus.ingest;

import java.util.Objects;

/**
 * One input record that could not be read as an article. The run reports it and goes on with the other records.
 *
 * @param origin where: "file.jsonl:12" for a line, "story.txt" for a whole file
 * @param reason a short label under which skipped records are counted ("not JSON", "no \"text\"", "bad date" ...)
 * @param message what is wrong and how to fix it, without the origin
 */
public record RecordError(String origin, String reason, String message) implements ReadResult {

  public static final String MISSING_FILE = "missing file";
  public static final String UNREADABLE_FILE = "unreadable file";
  public static final String EMPTY_FILE = "empty file";
  public static final String INVALID_UTF8 = "invalid UTF-8";
  public static final String NOT_JSON = "not JSON";
  public static final String NOT_OBJECT = "not a JSON object";
  public static final String NO_TEXT = "no \"text\"";
  public static final String TEXT_NOT_STRING = "\"text\" not a string";
  public static final String EMPTY_TEXT = "empty \"text\"";
  public static final String BAD_DATE = "bad date";
  public static final String BAD_FIELD = "bad field";
  public static final String BAD_HEADER = "bad CSV header";
  public static final String BAD_CSV = "bad CSV";
  public static final String NO_ARTICLE_TEXT = "no article text";
  public static final String BAD_FEED = "bad feed";
  public static final String BAD_WARC = "bad WARC";
  public static final String TOO_LARGE = "too large";
  public static final String WRONG_ENCODING = "wrong encoding";
  public static final String BINARY = "binary file";

  public RecordError {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** "origin: message", as error lines print it. */
  public String describe() {
    return origin + ": " + message;
  }
}
