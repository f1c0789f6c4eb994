package org.tacitus.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.Span;

class SeedScorerTest {

  static final String TEXT = "Kenya and Ethiopia agreed to cooperate. Kenya criticised Eritrea. The weather was fine.";

  private static Span at(String words) {
    int i = TEXT.indexOf(words);
    return new Span(i, i + words.length());
  }

  private static PredictedEvent p(Span sentence, String source, String target, String code, Span evidence) {
    return new PredictedEvent("doc", 0, sentence, sentence.of(TEXT), source, source, target, target, code, evidence,
        evidence.of(TEXT), "rule " + code);
  }

  private static SeedEvent e(int n, String evidence, String source, String target, String code, boolean required,
      String... accept) {
    return new SeedEvent(n, evidence, source, null, target, null, code, List.of(accept), required);
  }

  @Test
  void matchesBySentenceCountriesAndAcceptedCodes() {
    SeedGold gold = new SeedGold("article.txt", List.of(
        e(1, "Kenya and Ethiopia agreed to cooperate", "KEN", "ETH", "030", true, "031"),
        e(2, "Kenya and Ethiopia agreed to cooperate", "ETH", "KEN", "030", true, "031"),
        e(3, "Kenya criticised Eritrea", "KEN", "ERI", "111", false, "110"),
        e(4, "words that are not in the text", "KEN", "ETH", "040", true)));
    Span s1 = at("Kenya and Ethiopia agreed to cooperate.");
    Span s2 = at("Kenya criticised Eritrea.");
    Span s3 = at("The weather was fine.");
    List<PredictedEvent> predicted = List.of(
        p(s1, "KENGOV", "ETH", "031", at("agreed")),            // #1 (sector ignored, accepted code)
        p(s1, "KEN", "ETH", "030", at("agreed")),               // extra: #1 is taken, and #2 has other actors
        p(s2, "ERI", "KEN", "111", at("criticised")),           // extra: source and target swapped
        p(s2, "KEN", "ERI", "110", at("criticised")),           // #3, optional
        p(s3, "KEN", "ETH", "030", at("weather")),              // extra: another sentence
        p(new Span(0, 20), "ETHGOV", "KENGOV", "030", new Span(10, 18))); // #2: evidence overlaps
    SeedResult r = SeedScorer.score(gold, TEXT, predicted);
    assertThat(r.requiredFound()).extracting(SeedEvent::number).containsExactly(1, 2);
    assertThat(r.requiredMissed()).extracting(SeedEvent::number).containsExactly(4);
    assertThat(r.optionalFound()).extracting(SeedEvent::number).containsExactly(3);
    assertThat(r.extra()).containsExactly(predicted.get(1), predicted.get(2), predicted.get(4));
    assertThat(r.evidenceNotFound()).extracting(SeedEvent::number).containsExactly(4);
    assertThat(r.matches().get(2)).isEqualTo(predicted.get(5));
  }

  @Test
  void requiredEventsAreServedBeforeOptionalOnes() {
    // Both fit the one prediction; the optional one comes first in the file, the required one still gets it.
    SeedGold gold = new SeedGold("a", List.of(
        e(1, "Kenya criticised Eritrea", "KEN", "ERI", "111", false),
        e(2, "Kenya criticised Eritrea", "KEN", "ERI", "112", true, "111")));
    Span s2 = at("Kenya criticised Eritrea.");
    SeedResult r = SeedScorer.score(gold, TEXT, List.of(p(s2, "KEN", "ERI", "111", at("criticised"))));
    assertThat(r.requiredFound()).extracting(SeedEvent::number).containsExactly(2);
    assertThat(r.optionalFound()).isEmpty();
    assertThat(r.extra()).isEmpty();
  }

  @Test
  void missingTargetMatchesOnlyMissingTarget() {
    SeedGold gold = new SeedGold("a", List.of(e(1, "Kenya criticised Eritrea", "KEN", null, "111", true)));
    Span s2 = at("Kenya criticised Eritrea.");
    assertThat(SeedScorer.score(gold, TEXT, List.of(p(s2, "KEN", "ERI", "111", at("criticised"))))
        .requiredFound()).isEmpty();
    assertThat(SeedScorer.score(gold, TEXT, List.of(p(s2, "KEN", null, "111", at("criticised"))))
        .requiredFound()).hasSize(1);
  }
}
