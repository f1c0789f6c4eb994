package org.tacitus.app.eval;

import java.util.List;
import java.util.Map;

/**
 * How the coded seed article compares with its hand-coded events.
 *
 * @param gold the gold events
 * @param predicted every predicted event
 * @param matches gold event number → the predicted event matched to it
 * @param extra predicted events that match no gold event, required or optional
 * @param evidenceNotFound gold events whose evidence is not in the article text (the gold or the article is wrong)
 */
public record SeedResult(SeedGold gold, List<PredictedEvent> predicted, Map<Integer, PredictedEvent> matches,
    List<PredictedEvent> extra, List<SeedEvent> evidenceNotFound) {

  public SeedResult {
    predicted = List.copyOf(predicted);
    matches = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(matches));
    extra = List.copyOf(extra);
    evidenceNotFound = List.copyOf(evidenceNotFound);
  }

  public List<SeedEvent> requiredFound() {
    return gold.events().stream().filter(e -> e.required() && matches.containsKey(e.number())).toList();
  }

  public List<SeedEvent> requiredMissed() {
    return gold.events().stream().filter(e -> e.required() && !matches.containsKey(e.number())).toList();
  }

  public List<SeedEvent> optionalFound() {
    return gold.events().stream().filter(e -> !e.required() && matches.containsKey(e.number())).toList();
  }
}
