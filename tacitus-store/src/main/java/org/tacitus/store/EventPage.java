package org.tacitus.store;

import java.util.List;

/** One page of the events a filter selects: {@code total} of them match, these are from {@code offset} on. */
public record EventPage(long total, int limit, int offset, List<EventRow> events) {

  public EventPage {
    events = List.copyOf(events);
  }
}
