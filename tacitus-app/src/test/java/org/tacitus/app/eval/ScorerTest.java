package org.tacitus.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-made gold and predictions whose counts and measures are worked out by hand in the comments. */
class ScorerTest {

  private static GoldEvent g(String source, String target, String code, String... roots) {
    return GoldEvent.of(source, target, code, Arrays.asList(roots));
  }

  private static PredictedEvent p(String doc, String source, String target, String code) {
    return PredictedEvent.of(doc, source, target, code);
  }

  private static GoldRecord r(String id, GoldEvent... events) {
    return new GoldRecord(id, "text of " + id, Optional.empty(), List.of(events), id);
  }

  private static void assertCounts(Counts c, int gold, int predicted, int matched) {
    assertThat(c).isEqualTo(new Counts(gold, predicted, matched));
  }

  /*
   * r1 gold USA>CHN 040, CHN>USA 040, RUSGOV>UKR 190; predicted USAGOV>CHN 040, CHN>USA 042, RUS>UKR 190,
   *    FRA>DEU 010. exact 0 of 3; country 2 (USA~USAGOV 040, RUS~RUSGOV 190); root 3 (+ 042 ~ 040);
   *    root_only: gold roots {04, 19}, predicted {04, 19, 01}: 2.
   * r2 gold none; predicted ISR>PSE 190: one false positive everywhere.
   * r3 gold EGY>ISR 036; predicted none.
   * r4 gold BEN>NGAREF (no code, root 07), BEN>GHACVL (no code, root 12); predicted BEN>NGA 073, BEN>GHA 120:
   *    not gold at exact/country (no code), 2 of 2 at root and root_only.
   * exact: gold 4, pred 7, tp 0 -> P 0, R 0, F1 0.
   * country: 4, 7, 2 -> P 2/7, R 1/2, F1 = 2*(1/7)/(11/14) = 4/11.
   * root: 6, 7, 5 -> P 5/7, R 5/6, F1 = 10/13.
   * root_only: 5, 6, 4 -> P 2/3, R 4/5, F1 = 8/11.
   * pass: only r4.
   */
  @Test
  void actorGoldAtAllLevels() {
    List<GoldRecord> gold = List.of(
        r("r1", g("USA", "CHN", "040"), g("CHN", "USA", "040"), g("RUSGOV", "UKR", "190")),
        r("r2"),
        r("r3", g("EGY", "ISR", "036")),
        r("r4", g("BEN", "NGAREF", null, "07"), g("BEN", "GHACVL", null, "12")));
    Map<String, List<PredictedEvent>> predicted = Map.of(
        "r1", List.of(p("r1", "USAGOV", "CHN", "040"), p("r1", "CHN", "USA", "042"), p("r1", "RUS", "UKR", "190"),
            p("r1", "FRA", "DEU", "010")),
        "r2", List.of(p("r2", "ISR", "PSE", "190")),
        "r4", List.of(p("r4", "BEN", "NGA", "073"), p("r4", "BEN", "GHA", "120")));
    Score s = Scorer.score(gold, predicted);

    assertThat(s.actorLevels()).isTrue();
    assertThat(s.levels().keySet()).containsExactly("exact", "country", "root", "root_only");
    assertCounts(s.levels().get("exact"), 4, 7, 0);
    assertThat(s.levels().get("exact").f1().getAsDouble()).isEqualTo(0.0);
    Counts country = s.levels().get("country");
    assertCounts(country, 4, 7, 2);
    assertThat(country.precision().getAsDouble()).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(country.recall().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(country.f1().getAsDouble()).isCloseTo(4.0 / 11, within(1e-12));
    Counts root = s.levels().get("root");
    assertCounts(root, 6, 7, 5);
    assertThat(root.f1().getAsDouble()).isCloseTo(10.0 / 13, within(1e-12));
    Counts rootOnly = s.levels().get("root_only");
    assertCounts(rootOnly, 5, 6, 4);
    assertThat(rootOnly.precision().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(rootOnly.f1().getAsDouble()).isCloseTo(8.0 / 11, within(1e-12));

    assertThat(s.passed()).isEqualTo(1);
    assertThat(s.passRate()).isEqualTo(0.25);
    // r1: CHN>USA 040 missed; CHN>USA 042 and FRA>DEU 010 extra (3 errors); then r2 and r3 with one each.
    assertThat(s.worst(2)).extracting(x -> x.record().id()).containsExactly("r1", "r2");
    Score.RecordResult r1 = s.worst(1).get(0);
    assertThat(r1.missed()).extracting(GoldEvent::describe).containsExactly("CHN -> USA 040");
    assertThat(r1.extra()).extracting(PredictedEvent::code).containsExactly("042", "010");

    // Per root at the root level: matched pairs count under the predicted root, missed gold under its own.
    assertThat(s.perRootLevel()).isEqualTo("root");
    assertThat(s.perRoot()).containsExactly(
        new Score.RootRow("01", new Counts(0, 1, 0)),
        new Score.RootRow("03", new Counts(1, 0, 0)),
        new Score.RootRow("04", new Counts(2, 2, 2)),
        new Score.RootRow("07", new Counts(1, 1, 1)),
        new Score.RootRow("12", new Counts(1, 1, 1)),
        new Score.RootRow("19", new Counts(1, 2, 1)));
  }

  /*
   * Root-only gold (no actors, as conflibert): only root_only applies.
   * r1 gold roots {01, 11}; predicted 010, 012, 190 -> roots {01, 19}: 1 match, gold 2, pred 2.
   * r2 nothing, nothing: passes.  r3 gold {18}; predicted 111: gold 1, pred 1, 0 matches.
   * root_only: gold 3, pred 3, tp 1 -> P = R = F1 = 1/3.
   */
  @Test
  void rootOnlyGoldComparesRootSets() {
    List<GoldRecord> gold = List.of(
        r("r1", g(null, null, "01"), g(null, null, "11")),
        r("r2"),
        r("r3", g(null, null, "18")));
    Map<String, List<PredictedEvent>> predicted = Map.of(
        "r1", List.of(p("r1", "USA", "CHN", "010"), p("r1", "RUS", "UKR", "012"), p("r1", "RUS", "UKR", "190")),
        "r3", List.of(p("r3", "X", "Y", "111")));
    Score s = Scorer.score(gold, predicted);
    assertThat(s.actorLevels()).isFalse();
    assertThat(s.levels().keySet()).containsExactly("root_only");
    assertCounts(s.levels().get("root_only"), 3, 3, 1);
    assertThat(s.levels().get("root_only").f1().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.passed()).isEqualTo(1);
    Score.RecordResult r1 = s.results().get(0);
    assertThat(r1.missed()).extracting(GoldEvent::describe).containsExactly("- -> - root 11");
    assertThat(r1.extra()).extracting(PredictedEvent::code).containsExactly("190");
    assertThat(s.perRootLevel()).isEqualTo("root_only");
    assertThat(s.perRoot()).containsExactly(
        new Score.RootRow("01", new Counts(1, 1, 1)),
        new Score.RootRow("11", new Counts(1, 1, 0)),
        new Score.RootRow("18", new Counts(1, 0, 0)),
        new Score.RootRow("19", new Counts(0, 1, 0)));
  }

  /* Multisets: two identical gold events need two predicted ones; a third predicted one is a false positive. */
  @Test
  void eachGoldEventMatchesAtMostOnePrediction() {
    List<GoldRecord> gold = List.of(r("a", g("USA", "CHN", "040"), g("USA", "CHN", "040")));
    Score once = Scorer.score(gold, Map.of("a", List.of(p("a", "USA", "CHN", "040"))));
    assertCounts(once.levels().get("exact"), 2, 1, 1);
    Score thrice = Scorer.score(gold, Map.of("a", List.of(p("a", "USA", "CHN", "040"), p("a", "USA", "CHN", "040"),
        p("a", "USA", "CHN", "040"))));
    assertCounts(thrice.levels().get("exact"), 2, 3, 2);
    // root_only compares sets: one root each side.
    assertCounts(thrice.levels().get("root_only"), 1, 1, 1);
  }

  /* A greedy matching would give g1 (roots 04|05) the 040 and leave g2 (040) without; the maximum matches both. */
  @Test
  void theMatchingIsMaximumNotGreedy() {
    List<GoldRecord> gold = List.of(r("a", g("USA", "CHN", null, "04", "05"), g("USA", "CHN", "040")));
    Score s = Scorer.score(gold, Map.of("a", List.of(p("a", "USA", "CHN", "040"), p("a", "USA", "CHN", "050"))));
    assertCounts(s.levels().get("root"), 2, 2, 2);
    assertCounts(s.levels().get("country"), 1, 2, 1);
    assertThat(s.passed()).isEqualTo(1);
  }

  @Test
  void codesAreNormalisedAndTargetsMustAgree() {
    // Gold "04" is "040"; a missing target matches only a missing target.
    List<GoldRecord> gold = List.of(r("a", g("USA", null, "04"), g("USAGOV", "IRQ", "0332")));
    Score s = Scorer.score(gold, Map.of("a", List.of(p("a", "USA", null, "040"), p("a", "USAGOV", null, "0332"))));
    assertCounts(s.levels().get("exact"), 2, 2, 1);
    assertCounts(s.levels().get("root"), 2, 2, 1);
  }

  @Test
  void measuresWithoutDenominatorAreUndefined() {
    Counts none = Counts.NONE;
    assertThat(none.precision()).isEmpty();
    assertThat(none.recall()).isEmpty();
    assertThat(none.f1()).isEmpty();
    Counts onlyGold = new Counts(3, 0, 0);
    assertThat(onlyGold.recall().getAsDouble()).isEqualTo(0.0);
    assertThat(onlyGold.f1()).isEmpty();
  }
}
