package org.tacitus.store;

import java.util.Objects;
import java.util.Optional;

/**
 * An event's actor as stored: its code, country and sector, and the words that name it as offsets into the
 * article text.
 */
public record StoredActor(String code, Optional<String> country, Optional<String> sector, String text, int start,
    int end) {

  public StoredActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(text, "text");
  }
}
