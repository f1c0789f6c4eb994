package org.tacitus.geo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Place.GeoType;

/** The rules on sentences as CoreNLP really tokenizes, tags and parses them (our own sentences). */
@Tag("corenlp")
class ParsedPlacesTest {

  private static Place placeOfFirstEvent(CodedArticle coded) {
    assertThat(coded.events()).as("events of \"%s\"", coded.article().text()).isNotEmpty();
    Event e = coded.events().get(0);
    return e.place().orElseThrow(() -> new AssertionError("no place for " + e.code().code()));
  }

  @Test
  void aMeetingInACapitalIsPlacedThereByItsOwnWords() {
    Place p = placeOfFirstEvent(GeoTestKit.place("Kenya and Ethiopia held talks in Addis Ababa on Monday."));
    assertThat(p.name()).isEqualTo("Addis Ababa");
    assertThat(p.country()).contains("ETH");
    assertThat(p.reason()).startsWith("event:");
  }

  @Test
  void theCapitalStandingForItsGovernmentIsNotThePlace() {
    Place p = placeOfFirstEvent(GeoTestKit.place("Washington criticised Tehran during a conference in Geneva."));
    // GeoNames writes it Genève; "Geneva" reaches it through alternate-names.tsv, not the towns of Illinois or NY.
    assertThat(p.name()).as(p.reason()).isEqualTo("Genève");
    assertThat(p.country()).contains("CHE");
  }

  @Test
  void parisTexasAndAnOldSpelling() {
    CodedArticle coded = GeoTestKit.place("Mexico sent aid to flood victims in Paris, Texas. "
        + "Ukraine and Poland signed a trade agreement in Kiev.");
    assertThat(coded.events()).isNotEmpty();
    for (Event e : coded.events()) {
      Place p = e.place().orElseThrow();
      String sentence = coded.annotated().sentences().get(e.sentence()).span().of(coded.article().text());
      if (sentence.contains("Texas")) {
        assertThat(p.country()).as(p.reason()).contains("USA");
        assertThat(p.admin1()).contains("Texas");
      } else {
        assertThat(p.name()).as(p.reason()).isEqualTo("Kyiv");
      }
    }
  }

  @Test
  void anUnknownPlaceOfTheEventStaysAsWritten() {
    Place p = placeOfFirstEvent(GeoTestKit.place("Police arrested dozens of protesters in Qirvandabad."));
    assertThat(p.type()).as(p.reason()).isEqualTo(GeoType.UNRESOLVED);
    assertThat(p.name()).isEqualTo("Qirvandabad");
  }

  @Test
  void aPlaceOfWhatSomeoneIsAccusedOfIsNotWhereTheAccusationWasMade() {
    CodedArticle coded = GeoTestKit.place("OSLO, May 3 (Tacitus Wire) - Prosecutors have accused Russia's "
        + "intelligence service of ordering the attack and paying the hackers through front companies in Dubai.");
    Place p = placeOfFirstEvent(coded);
    assertThat(p.name()).as(p.reason()).isEqualTo("Oslo");
    assertThat(p.reason()).startsWith("story:");
  }
}
