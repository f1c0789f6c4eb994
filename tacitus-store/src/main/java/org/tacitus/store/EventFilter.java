package org.tacitus.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events {@link EventQueries#events} returns; every given condition must hold. Actor codes match as
 * prefixes ({@code RUS} matches {@code RUSGOV}), as in {@link EventStore#dyadSeries}.
 *
 * @param from events dated on or after this day (undated events never match a date bound)
 * @param to events dated on or before this day
 * @param actor an actor code prefix, as source or target
 * @param dyad two actor code prefixes; events between them, in either direction
 * @param code a CAMEO code prefix ({@code 03} matches 030, 031, 0312 ...)
 * @param root a two-digit CAMEO root, exactly
 * @param quadClass 1 to 4
 * @param text words in the evidence, ignoring case
 * @param docId the article id, exactly
 */
public record EventFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actor,
    Optional<Dyad> dyad, Optional<String> code, Optional<String> root, Optional<Integer> quadClass,
    Optional<String> text, Optional<String> docId) {

  /** Two actor code prefixes. */
  public record Dyad(String a, String b) {

    public Dyad {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }
  }

  public EventFilter {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(quadClass, "quadClass");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(docId, "docId");
    if (quadClass.isPresent() && (quadClass.get() < 1 || quadClass.get() > 4)) {
      throw new IllegalArgumentException("quadClass must be 1 to 4, got " + quadClass.get());
    }
  }

  /** No condition: every event. */
  public static EventFilter none() {
    return new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
