package org.tacitus.app.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;

/** The rows of one article, one per event, with GDELT's counts taken within the article. */
public final class EventRows {

  private EventRows() {
  }

  /** The key GDELT's counts and the one-a-day filter compare: source, target and CAMEO code. */
  static String actionKey(Event e) {
    return e.source().actor().code() + "|" + e.target().map(t -> t.actor().code()).orElse("") + "|"
        + e.code().code();
  }

  /**
   * One row per event of the article, in order. NumMentions is the number of the article's events with the same
   * source, target and code (after the sentence filter, the number of sentences that report it); NumSources and
   * NumArticles are 1.
   *
   * @param indices each event's position among all the article's coded events (see {@link Sighting#index()})
   */
  public static List<EventRow> perArticle(CodedArticle article, List<Integer> indices) {
    List<Event> events = article.events();
    if (indices.size() != events.size()) {
      throw new IllegalArgumentException(indices.size() + " indices for " + events.size() + " events");
    }
    Map<String, Integer> same = new HashMap<>();
    for (Event e : events) {
      same.merge(actionKey(e), 1, Integer::sum);
    }
    List<EventRow> rows = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Sighting s = new Sighting(article, events.get(i), indices.get(i));
      rows.add(new EventRow(s, List.of(s), same.get(actionKey(events.get(i))), 1, 1));
    }
    return rows;
  }

  /** {@link #perArticle(CodedArticle, List)} with the events at positions 0, 1, 2... */
  public static List<EventRow> perArticle(CodedArticle article) {
    List<Integer> indices = new ArrayList<>(article.events().size());
    for (int i = 0; i < article.events().size(); i++) {
      indices.add(i);
    }
    return perArticle(article, indices);
  }
}
