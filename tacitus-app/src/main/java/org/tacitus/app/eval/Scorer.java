package org.tacitus.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores predicted events against a gold set; a pure function. Matching is per record and one to one: each gold
 * event matches at most one predicted event, and the matching is as large as possible. The levels:
 *
 * <ul>
 *   <li>{@code exact}: full source and target codes, full CAMEO code;
 *   <li>{@code country}: the first three letters of source and target, full CAMEO code;
 *   <li>{@code root}: the first three letters of source and target, two-digit root;
 *   <li>{@code root_only}: per record, the set of roots of the gold events against the set of predicted roots.
 * </ul>
 *
 * <p>A missing target matches only a missing target. Gold events without a code (only candidate "cameo_roots") count
 * at the root levels only, where any of their roots matches. Gold events without source and target (root-only
 * gold) count at {@code root_only} only; a record holding them takes no part in the actor levels, and a set with no
 * actor in its gold has no actor levels at all. A record passes when every gold event is matched and no predicted
 * event is left over, comparing at the country level (at the root level for gold events without a code, and by the
 * root sets for root-only records). {@code scripts/score.py} implements the same rules.
 */
public final class Scorer {

  public static final String EXACT = "exact";
  public static final String COUNTRY = "country";
  public static final String ROOT = "root";
  public static final String ROOT_ONLY = "root_only";
  public static final List<String> LEVELS = List.of(EXACT, COUNTRY, ROOT, ROOT_ONLY);

  private Scorer() {
  }

  /** Whether a predicted event matches a gold event at one of the three actor levels (or "pass"). */
  static boolean fits(String level, GoldEvent g, PredictedEvent p) {
    return switch (level) {
      case EXACT -> g.code() != null && Objects.equals(g.source(), p.source())
          && Objects.equals(g.target(), p.target()) && g.code().equals(p.code());
      case COUNTRY -> g.code() != null && sameActors(g, p) && g.code().equals(p.code());
      case ROOT -> sameActors(g, p) && g.roots().contains(p.root());
      case "pass" -> g.code() != null ? fits(COUNTRY, g, p) : fits(ROOT, g, p);
      default -> throw new IllegalArgumentException("no level '" + level + "'");
    };
  }

  private static boolean sameActors(GoldEvent g, PredictedEvent p) {
    return Codes.sameCountry(g.source(), p.source()) && Codes.sameCountry(g.target(), p.target());
  }

  /** Scores {@code predicted} (record id → events) against {@code gold}; a record without predictions has none. */
  public static Score score(List<GoldRecord> gold, Map<String, List<PredictedEvent>> predicted) {
    boolean actorLevels = gold.stream().flatMap(r -> r.events().stream()).anyMatch(e -> !e.actorless());
    Map<String, Tally> levels = new LinkedHashMap<>();
    for (String level : LEVELS) {
      if (actorLevels || level.equals(ROOT_ONLY)) {
        levels.put(level, new Tally());
      }
    }
    Map<String, Tally> perRoot = new TreeMap<>();
    List<Score.RecordResult> results = new ArrayList<>();
    int passed = 0;
    for (GoldRecord record : gold) {
      List<PredictedEvent> preds = predicted.getOrDefault(record.id(), List.of());
      boolean byRootSets = !actorLevels || record.rootOnly();

      // root_only: distinct root sets of the gold events against distinct predicted roots.
      List<List<String>> slots = new ArrayList<>(new LinkedHashSet<>(
          record.events().stream().map(e -> e.roots().stream().sorted().toList()).toList()));
      List<String> roots = new ArrayList<>(new LinkedHashSet<>(preds.stream().map(PredictedEvent::root).toList()));
      int[] rootMatch = Matching.match(slots.size(), roots.size(), (g, p) -> slots.get(g).contains(roots.get(p)));
      levels.get(ROOT_ONLY).add(slots.size(), roots.size(), Matching.size(rootMatch));
      if (!actorLevels) {
        for (int g = 0; g < slots.size(); g++) {
          String root = rootMatch[g] >= 0 ? roots.get(rootMatch[g]) : slots.get(g).get(0);
          tally(perRoot, root).add(1, 0, rootMatch[g] >= 0 ? 1 : 0);
        }
        roots.forEach(r -> tally(perRoot, r).add(0, 1, 0));
      }

      if (!byRootSets) {
        for (String level : List.of(EXACT, COUNTRY, ROOT)) {
          List<GoldEvent> events = record.events().stream()
              .filter(e -> level.equals(ROOT) || e.code() != null).toList();
          int[] m = Matching.match(events.size(), preds.size(), (g, p) -> fits(level, events.get(g), preds.get(p)));
          levels.get(level).add(events.size(), preds.size(), Matching.size(m));
          if (level.equals(ROOT)) {
            for (int g = 0; g < events.size(); g++) {
              String root = m[g] >= 0 ? preds.get(m[g]).root() : events.get(g).roots().get(0);
              tally(perRoot, root).add(1, 0, m[g] >= 0 ? 1 : 0);
            }
            preds.forEach(p -> tally(perRoot, p.root()).add(0, 1, 0));
          }
        }
      }

      // What the record missed and what it has extra, for the pass rate and the worst examples.
      List<GoldEvent> missed = new ArrayList<>();
      List<PredictedEvent> extra = new ArrayList<>();
      if (byRootSets) {
        boolean[] rootUsed = new boolean[roots.size()];
        for (int g = 0; g < slots.size(); g++) {
          if (rootMatch[g] >= 0) {
            rootUsed[rootMatch[g]] = true;
          }
        }
        for (GoldEvent e : record.events()) {
          List<String> slot = e.roots().stream().sorted().toList();
          if (rootMatch[slots.indexOf(slot)] < 0) {
            missed.add(e);
          }
        }
        for (PredictedEvent p : preds) {
          if (!rootUsed[roots.indexOf(p.root())]) {
            extra.add(p);
          }
        }
      } else {
        List<GoldEvent> events = record.events();
        int[] m = Matching.match(events.size(), preds.size(), (g, p) -> fits("pass", events.get(g), preds.get(p)));
        boolean[] used = new boolean[preds.size()];
        for (int g = 0; g < events.size(); g++) {
          if (m[g] < 0) {
            missed.add(events.get(g));
          } else {
            used[m[g]] = true;
          }
        }
        for (int p = 0; p < preds.size(); p++) {
          if (!used[p]) {
            extra.add(preds.get(p));
          }
        }
      }
      Score.RecordResult result = new Score.RecordResult(record, preds, missed, extra);
      if (result.passed()) {
        passed++;
      }
      results.add(result);
    }
    List<Score.RootRow> rows = perRoot.entrySet().stream()
        .map(e -> new Score.RootRow(e.getKey(), e.getValue().counts())).toList();
    Map<String, Counts> counts = new LinkedHashMap<>();
    levels.forEach((level, t) -> counts.put(level, t.counts()));
    return new Score(gold.size(), actorLevels, counts, passed, actorLevels ? ROOT : ROOT_ONLY, rows, results);
  }

  private static Tally tally(Map<String, Tally> map, String key) {
    return map.computeIfAbsent(key, k -> new Tally());
  }

  /** Counts being added up. */
  private static final class Tally {

    private int gold;
    private int predicted;
    private int matched;

    void add(int g, int p, int m) {
      gold += g;
      predicted += p;
      matched += m;
    }

    Counts counts() {
      return new Counts(gold, predicted, matched);
    }
  }
}
