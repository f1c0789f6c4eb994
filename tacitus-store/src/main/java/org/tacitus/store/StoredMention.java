package org.tacitus.store;

import java.util.Objects;
import org.tacitus.core.model.Span;

/** One stored actor mention: where it is in the article text, its actor and why. */
public record StoredMention(int sentence, Span span, String text, StoredActor actor, String reason) {

  public StoredMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(reason, "reason");
  }
}
