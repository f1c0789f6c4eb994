package org.tacitus.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Place.GeoType;

/** Each rule that places an event, on sentences written for it. */
class EventPlacementTest {

  private static final Geolocator GEO = Geolocator.standard();

  private static Place placeOf(TestArticle a, int event) {
    CodedArticle placed = GEO.place(a.coded());
    Event e = placed.events().get(event);
    return e.place().orElseThrow(() -> new AssertionError("event " + event + " has no place"));
  }

  @Test
  void aPlaceAttachedToTheEventsWordIsWhereItHappened() {
    // Egypt and Sudan held talks in Khartoum after fighting near Kassala .
    //   0    1   2    3    4   5    6        7     8      9     10      11
    TestArticle a = new TestArticle()
        .sentence("Egypt/NNP/LOCATION and/CC Sudan/NNP/LOCATION held/VBD talks/NNS in/IN Khartoum/NNP/LOCATION "
            + "after/IN fighting/NN near/IN Kassala/NNP/LOCATION ./.",
            "-1>3:root", "3>0:nsubj", "0>1:cc", "0>2:conj", "3>4:obj", "6>5:case", "4>6:nmod", "8>7:case",
            "3>8:obl", "10>9:case", "8>10:nmod", "3>11:punct")
        .actor(0, 0, Actor.country("EGY")).actor(2, 2, Actor.country("SDN")).event("043", 3, 4);
    Place p = placeOf(a, 0);
    assertThat(p.name()).isEqualTo("Khartoum");
    assertThat(p.country()).contains("SDN");
    assertThat(p.reason()).startsWith("event: 'in Khartoum' attaches to 'talks'");
  }

  @Test
  void otherwiseThePlaceOfTheSentence() {
    TestArticle a = new TestArticle()
        .sentence("In/IN Nairobi/NNP/LOCATION ,/, Kenya/NNP/LOCATION praised/VBD Ethiopia/NNP/LOCATION ./.")
        .actor(3, 3, Actor.country("KEN")).actor(5, 5, Actor.country("ETH")).event("051", 3, 5);
    Place p = placeOf(a, 0);
    assertThat(p.name()).isEqualTo("Nairobi");
    assertThat(p.reason()).startsWith("sentence:");
  }

  @Test
  void butNotAPlaceOfAnotherClause() {
    // Kenya criticised Somalia and said talks in Nairobi had failed .
    //   0      1        2      3   4    5    6    7     8    9     10
    TestArticle a = new TestArticle()
        .sentence("Officials/NNS met/VBD in/IN Mombasa/NNP/LOCATION ./.")
        .sentence("Kenya/NNP/LOCATION criticised/VBD Somalia/NNP/LOCATION and/CC said/VBD talks/NNS in/IN "
            + "Nairobi/NNP/LOCATION had/VBD failed/VBN ./.",
            "-1>1:root", "1>0:nsubj", "1>2:obj", "4>3:cc", "1>4:conj", "4>9:ccomp", "9>5:nsubj", "7>6:case",
            "5>7:nmod", "9>8:aux", "1>10:punct")
        .actor(0, 0, Actor.country("KEN")).actor(2, 2, Actor.country("SOM")).event("111", 0, 2);
    Place p = placeOf(a, 0);
    assertThat(p.name()).isEqualTo("Mombasa");
    assertThat(p.reason()).startsWith("story:");
  }

  @Test
  void otherwiseTheDateline() {
    TestArticle a = new TestArticle()
        .sentence("KABUL/NNP/LOCATION ,/, May/NNP 3/CD -/: Officials/NNS spoke/VBD ./.")
        .sentence("Pakistan/NNP/LOCATION criticised/VBD India/NNP/LOCATION ./.")
        .actor(0, 0, Actor.country("PAK")).actor(2, 2, Actor.country("IND")).event("111", 0, 2);
    Place p = placeOf(a, 0);
    assertThat(p.name()).isEqualTo("Kabul");
    assertThat(p.country()).contains("AFG");
    assertThat(p.reason()).startsWith("story: the dateline 'KABUL'");
    assertThat(p.evidence().orElseThrow().of(a.text())).isEqualTo("KABUL");
  }

  @Test
  void otherwiseTheFirstPlaceTheStoryNamesWithAPreposition() {
    TestArticle a = new TestArticle()
        .sentence("Ministers/NNS met/VBD in/IN Islamabad/NNP/LOCATION on/IN Monday/NNP ./.")
        .sentence("Pakistan/NNP/LOCATION praised/VBD China/NNP/LOCATION ./.")
        .actor(0, 0, Actor.country("PAK")).actor(2, 2, Actor.country("CHN")).event("051", 0, 2);
    Place p = placeOf(a, 0);
    assertThat(p.name()).isEqualTo("Islamabad");
    assertThat(p.reason()).startsWith("story: 'in Islamabad'");
  }

  @Test
  void otherwiseTheCountryWhenTheActorsAgree() {
    TestArticle a = new TestArticle()
        .sentence("Russian/JJ police/NNS arrested/VBD Russian/JJ protesters/NNS ./.")
        .actor(0, 1, Actor.of("RUS", "COP")).actor(3, 4, Actor.of("RUS", "OPP")).event("173", 2, 2);
    Place p = placeOf(a, 0);
    assertThat(p.type()).isEqualTo(GeoType.COUNTRY);
    assertThat(p.country()).contains("RUS");
    assertThat(p.lat()).isPresent();
    assertThat(p.evidence()).isEmpty();
    assertThat(p.reason()).startsWith("actors:");
  }

  @Test
  void andNoPlaceWhenTheActorsDisagree() {
    TestArticle a = new TestArticle()
        .sentence("Japan/NNP/LOCATION praised/VBD Peru/NNP/LOCATION ./.")
        .actor(0, 0, Actor.country("JPN")).actor(2, 2, Actor.country("PER")).event("051", 1, 1);
    assertThat(GEO.place(a.coded()).events().get(0).place()).isEmpty();
  }

  @Test
  void anUnknownPlaceOfTheEventIsKeptUnresolved() {
    TestArticle a = new TestArticle()
        .sentence("Troops/NNS clashed/VBD with/IN rebels/NNS in/IN Xanthoria/NNP/LOCATION ./.")
        .actor(0, 0, Actor.of(null, "MIL")).actor(3, 3, Actor.of(null, "REB")).event("190", 0, 5);
    Place p = placeOf(a, 0);
    assertThat(p.type()).isEqualTo(GeoType.UNRESOLVED);
    assertThat(p.name()).isEqualTo("Xanthoria");
  }
}
