package org.tacitus.app;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts of one run.
 *
 * @param read records read, good or bad
 * @param coded articles coded
 * @param skipped records skipped, by reason ("not JSON" → 1), in the order first seen
 * @param failed articles that failed, by stage
 * @param sentences sentences of the coded articles
 * @param events events written
 * @param elapsed wall-clock time of the run, model loading included
 * @param undated articles coded without a date (neither the input nor --date gave one): their events are undated
 */
public record RunSummary(int read, int coded, Map<String, Integer> skipped, Map<String, Integer> failed,
    long sentences, long events, Duration elapsed, int undated) {

  /** A summary of a run in which every coded article had a date. */
  public RunSummary(int read, int coded, Map<String, Integer> skipped, Map<String, Integer> failed, long sentences,
      long events, Duration elapsed) {
    this(read, coded, skipped, failed, sentences, events, elapsed, 0);
  }

  public RunSummary {
    skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
    failed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failed));
  }

  public int skippedCount() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int failedCount() {
    return failed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * One line for the end of a run: {@code 1000 read, 998 coded, 2 skipped (1 not JSON, 1 no "text"), 0 failed; 4210
   * sentences, 812 events in 41.2 s}, and when some articles had no date {@code ; 3 articles without a date
   * (events undated)}.
   */
  public String line() {
    return read + " read, " + coded + " coded, " + skippedCount() + " skipped" + detail(skipped, "") + ", "
        + failedCount() + " failed" + detail(failed, "at ") + "; " + sentences + " sentences, " + events
        + " events in " + String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0)
        + (undated == 0 ? "" : "; " + undated + (undated == 1 ? " article" : " articles")
        + " without a date (events undated)");
  }

  private static String detail(Map<String, Integer> counts, String prefix) {
    if (counts.isEmpty()) {
      return "";
    }
    return counts.entrySet().stream().map(e -> e.getValue() + " " + prefix + e.getKey())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
