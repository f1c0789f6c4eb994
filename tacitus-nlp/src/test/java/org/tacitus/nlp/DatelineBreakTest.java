package org.tacitus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dash after a wire dateline becomes a sentence break of the same length (CoreNlpAnnotator.withDatelineBreak). */
class DatelineBreakTest {

  private static String broken(String text) {
    String out = CoreNlpAnnotator.withDatelineBreak(text, "two");
    assertThat(out).hasSameSizeAs(text); // offsets into the article's text stay valid
    return out;
  }

  @Test
  void aDoubleDashAfterAPlaceBecomesABlankLine() {
    assertThat(broken("LIMA -- Farmers blocked the road.")).isEqualTo("LIMA--\n\nFarmers blocked the road.");
  }

  @Test
  void aDateAndAnAgencyBelongToTheDateline() {
    assertThat(broken("NAIROBI, May 4 (Reuters) - Police fired tear gas."))
        .isEqualTo("NAIROBI, May 4 (Reuters)-\n\nPolice fired tear gas.");
    assertThat(broken("Mombasa, Kenya — Dockers went on strike."))
        .isEqualTo("Mombasa, Kenya—\n\nDockers went on strike.");
  }

  @Test
  void aDatelineAfterAHeadlineIsBrokenToo() {
    assertThat(broken("Farmers Block Roads In Peru\n\nLIMA (Wire) -- Farmers blocked the road."))
        .isEqualTo("Farmers Block Roads In Peru\n\nLIMA (Wire)--\n\nFarmers blocked the road.");
    // only the first paragraph after the headline is looked at
    String later = "Farmers Block Roads\n\nFarmers blocked roads.\n\nLIMA -- Police came.";
    assertThat(broken(later)).isEqualTo(later);
  }

  @Test
  void textWithoutADatelineIsLeftAlone() {
    String text = "Kenya and Uganda signed a trade pact - the first in a decade.";
    assertThat(broken(text)).isEqualTo(text);
    assertThat(broken("The talks in Geneva -- the third round -- ended.")).isEqualTo(
        "The talks in Geneva -- the third round -- ended.");
  }

  @Test
  void noBreakWhenNewlinesNeverEndSentences() {
    assertThat(CoreNlpAnnotator.withDatelineBreak("LIMA -- Farmers marched.", "never"))
        .isEqualTo("LIMA -- Farmers marched.");
  }
}
