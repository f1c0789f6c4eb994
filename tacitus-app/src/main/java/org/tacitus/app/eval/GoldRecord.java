package org.tacitus.app.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One record of a gold set: a text and the events a coder should find in it.
 *
 * @param id the record id, which becomes the article id
 * @param text the text to code, as one article
 * @param date the story date
 * @param events the expected events (empty when the record expects none)
 * @param origin "dev.jsonl:12"
 */
public record GoldRecord(String id, String text, Optional<LocalDate> date, List<GoldEvent> events, String origin) {

  public GoldRecord {
    events = List.copyOf(events);
  }

  /** Whether this record's gold names roots without actors, so that only the root sets can be compared. */
  public boolean rootOnly() {
    return events.stream().anyMatch(GoldEvent::actorless);
  }
}
