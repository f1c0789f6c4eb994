package org.tacitus.core.model;

/**
 * A half-open range of characters {@code [start, end)} in an article's text.
 *
 * @param start first character
 * @param end one past the last character
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** The characters this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  /** The smallest span that covers both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
