package org.tacitus.app.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring a gold set.
 *
 * @param records records scored
 * @param actorLevels whether the gold names actors, so that the exact, country and root levels apply
 * @param levels counts per level, in the order of {@link Scorer#LEVELS} (without the actor levels when they do not
 *     apply)
 * @param passed records whose predicted events equal their gold events (see {@link Scorer})
 * @param perRootLevel the level the per-root rows are counted at ("root", or "root_only" for root-only gold)
 * @param perRoot counts per two-digit CAMEO root, in root order
 * @param results what was missed and what was extra, record by record
 */
public record Score(int records, boolean actorLevels, Map<String, Counts> levels, int passed, String perRootLevel,
    List<RootRow> perRoot, List<RecordResult> results) {

  public Score {
    levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    perRoot = List.copyOf(perRoot);
    results = List.copyOf(results);
  }

  /**
   * Counts for one CAMEO root.
   *
   * @param root two digits
   * @param counts gold, predicted and matched events of this root
   */
  public record RootRow(String root, Counts counts) {
  }

  /**
   * One record's outcome.
   *
   * @param record the gold record
   * @param predicted every predicted event
   * @param missed gold events no predicted event matched
   * @param extra predicted events that matched no gold event
   */
  public record RecordResult(GoldRecord record, List<PredictedEvent> predicted, List<GoldEvent> missed,
      List<PredictedEvent> extra) {

    public RecordResult {
      predicted = List.copyOf(predicted);
      missed = List.copyOf(missed);
      extra = List.copyOf(extra);
    }

    public boolean passed() {
      return missed.isEmpty() && extra.isEmpty();
    }

    public int errors() {
      return missed.size() + extra.size();
    }
  }

  public double passRate() {
    return records == 0 ? 0 : (double) passed / records;
  }

  /** The {@code k} records with the most missed and extra events (ties in file order), leaving out clean ones. */
  public List<RecordResult> worst(int k) {
    return results.stream().filter(r -> !r.passed())
        .sorted(Comparator.comparingInt(RecordResult::errors).reversed())
        .limit(k).toList();
  }
}
