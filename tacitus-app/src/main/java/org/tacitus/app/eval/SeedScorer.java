package org.tacitus.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacitus.core.model.Span;

/**
 * Matches the events coded from the seed article to its hand-coded events; a pure function. A predicted event
 * matches a gold event when
 *
 * <ul>
 *   <li>it comes from where the gold evidence is: its sentence contains an occurrence of the evidence words in the
 *       article text, or its own evidence overlaps one;
 *   <li>its source has the gold source's country (first three letters), and its target the gold target's (a missing
 *       target matches only a missing target);
 *   <li>its code is the gold code or one of the accepted ones.
 * </ul>
 *
 * <p>Each gold event matches at most one predicted event and the other way round; required events are served first,
 * so the number of required events found is as large as it can be. Predicted events that match no gold event are
 * "extra".
 */
public final class SeedScorer {

  private SeedScorer() {
  }

  public static SeedResult score(SeedGold gold, String text, List<PredictedEvent> predicted) {
    List<SeedEvent> order = new ArrayList<>(gold.events().stream().filter(SeedEvent::required).toList());
    order.addAll(gold.events().stream().filter(e -> !e.required()).toList());
    Map<Integer, List<Span>> places = new HashMap<>();
    List<SeedEvent> notFound = new ArrayList<>();
    for (SeedEvent e : gold.events()) {
      List<Span> found = occurrences(text, e.evidence());
      places.put(e.number(), found);
      if (found.isEmpty()) {
        notFound.add(e);
      }
    }
    int[] m = Matching.match(order.size(), predicted.size(),
        (g, p) -> fits(order.get(g), places.get(order.get(g).number()), predicted.get(p)));
    Map<Integer, PredictedEvent> matches = new HashMap<>();
    boolean[] used = new boolean[predicted.size()];
    for (int g = 0; g < order.size(); g++) {
      if (m[g] >= 0) {
        matches.put(order.get(g).number(), predicted.get(m[g]));
        used[m[g]] = true;
      }
    }
    List<PredictedEvent> extra = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      if (!used[p]) {
        extra.add(predicted.get(p));
      }
    }
    return new SeedResult(gold, predicted, matches, extra, notFound);
  }

  static boolean fits(SeedEvent g, List<Span> evidence, PredictedEvent p) {
    boolean placed = evidence.stream().anyMatch(e -> p.sentenceSpan().contains(e) || overlaps(p.evidence(), e));
    return placed && Codes.sameCountry(g.source(), p.source()) && Codes.sameCountry(g.target(), p.target())
        && g.codes().contains(p.code());
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static List<Span> occurrences(String text, String words) {
    List<Span> found = new ArrayList<>();
    if (words.isEmpty()) {
      return found;
    }
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      found.add(new Span(i, i + words.length()));
    }
    return found;
  }
}
