package org.tacitus.app.format;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one-a-day filter: events of the same day, source, target and CAMEO code become one row, written when the run
 * ends, in the order their first sighting came. The row's event, id and article are those of the first sighting;
 * NumMentions counts the sightings, NumArticles their distinct articles and NumSources their distinct publishers.
 * Undated events form a day of their own. Holds every sighting until {@link #close()}: memory grows with the
 * number of events in the run (not with the text, which the articles share).
 */
public final class DailyDedup implements EventFormat {

  private final EventFormat out;
  private final Map<String, List<Sighting>> groups = new LinkedHashMap<>();

  /** Filters what goes to {@code out}, which it closes when closed. */
  public DailyDedup(EventFormat out) {
    this.out = out;
  }

  @Override
  public void header() throws IOException {
    out.header();
  }

  @Override
  public void write(EventRow row) {
    for (Sighting s : row.sightings()) {
      String key = s.date().map(LocalDate::toString).orElse("undated") + "|" + EventRows.actionKey(s.event());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
  }

  /** The rows the filter makes of the sightings seen so far. */
  List<EventRow> rows() {
    List<EventRow> rows = new ArrayList<>(groups.size());
    for (List<Sighting> g : groups.values()) {
      Set<String> articles = new HashSet<>();
      Set<String> publishers = new HashSet<>();
      for (Sighting s : g) {
        articles.add(s.docId());
        publishers.add(s.publisher());
      }
      rows.add(new EventRow(g.get(0), g, g.size(), publishers.size(), articles.size()));
    }
    return rows;
  }

  @Override
  public List<String> notes() {
    return out.notes();
  }

  @Override
  public void close() throws IOException {
    try {
      for (EventRow r : rows()) {
        out.write(r);
      }
      groups.clear();
    } finally {
      out.close();
    }
  }
}
