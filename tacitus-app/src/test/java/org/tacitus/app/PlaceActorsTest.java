package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;

/** The event's place completes the actors its sentence left open (PlaceActors), on sentences written here. */
@Tag("corenlp")
class PlaceActorsTest {

  private static CodedArticle code(String text) {
    return SharedPipeline.get().code(Article.of("t", text));
  }

  private static Event only(CodedArticle c, String code) {
    assertThat(c.events()).as("events of %s", c.article().text()).anyMatch(e -> e.code().code().equals(code));
    return c.events().stream().filter(e -> e.code().code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void twoCountriesJoinedByAHyphenAreTheTwoPartiesAndNoDateline() {
    CodedArticle c = code("Nepal-Bhutan talks resumed on Monday.");
    assertThat(c.events()).anyMatch(e -> e.code().code().equals("046") && e.source().actor().code().equals("NPL")
        && e.target().map(t -> t.actor().code().equals("BTN")).orElse(false));
    assertThat(c.events()).anyMatch(e -> e.source().actor().code().equals("BTN"));
    // "Nepal-" is a hyphen, not the dash after a dateline
    assertThat(c.events()).allSatisfy(e -> assertThat(e.place().map(p -> p.reason()).orElse(""))
        .doesNotContain("dateline"));
  }

  @Test
  void aPlaceActedOnIsWhereTheActHappenedAndWhoseCountryItHits() {
    Event e = only(code("Russian troops shelled the city of Kharkiv overnight."), "193");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Kharkiv"));
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("UKR"));
  }

  @Test
  void aDatelineAfterAHeadlineIsTheStorysPlace() {
    CodedArticle c = code("Kenya And Uganda Sign Trade Deal\n\nKAMPALA, May 2 (Wire) - The two countries signed a "
        + "trade agreement on Tuesday.");
    assertThat(c.events()).isNotEmpty().allSatisfy(e -> assertThat(e.place()).hasValueSatisfying(p ->
        assertThat(p.reason()).startsWith("story: the dateline 'KAMPALA'")));
  }

  @Test
  void aSettlementNamedAfterAPrepositionOfDirectionIsWhereTheAttackHit() {
    Event e = only(code("An Iranian missile strike on the port city of Basra killed six people."), "195");
    assertThat(e.source().actor().code()).isEqualTo("IRNMIL");
    assertThat(e.place()).hasValueSatisfying(p -> assertThat(p.country()).contains("IRQ"));
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("IRQCVL"));
  }

  @Test
  void aProtestThatTookPlaceIsCodedAndItsGovernmentIsThePlacesOwn() {
    Event e = only(code("Protests against the government broke out in Lusaka on Tuesday."), "141");
    assertThat(e.source().actor().code()).isEqualTo("ZMBCVL");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("ZMBGOV"));
    Event untargeted = only(code("Protests broke out in Harare on Friday."), "141");
    assertThat(untargeted.source().actor().code()).isEqualTo("ZWECVL");
    assertThat(untargeted.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("ZWE"));
  }

  @Test
  void aGovernmentThePlacesOwnPeopleActAgainstIsThePlacesOwn() {
    Event e = only(code("Rioters torched government buildings in Kampala."), "1712");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("UGAGOV"));
  }

  @Test
  void anOrganisationAfterAPrepositionIsNoPlace() {
    Event e = only(code("China hit back at EU with an investigation into pork imports."), "090");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("IGOEUREEC"));
    assertThat(e.place().map(p -> p.country().orElse(""))).isNotEqualTo(Optional.of("FRA"));
  }

  @Test
  void aShowOfForceInAPlaceIsAimedAtItsCountry() {
    Event e = only(code("Russia is conducting naval exercises off Alaska and in Alaska this week."), "150");
    assertThat(e.source().actor().code()).isEqualTo("RUS");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("USA"));
    assertThat(e.rule()).contains("target: the country of the place 'Alaska'");
  }

  @Test
  void aDomesticActorIsOfTheCountryItActsIn() {
    Event e = only(code("Thousands of students protested in Lahore on Sunday."), "141");
    assertThat(e.source().actor().code()).isEqualTo("PAKEDU");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("PAK"));
  }

  @Test
  void thoseActedUponInAPlaceAreOfItsCountry() {
    // the agent is the armed force of the actor phrase that holds the attack word ("tank shelling"), the victims
    // are of the country where they were killed, also when the place is a part of it ("in the north of ...")
    Event e = only(code("Three farmers were killed in Turkish artillery shelling in the north of Syria on Monday."),
        "194");
    assertThat(e.source().actor().code()).isEqualTo("TURMIL");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("SYRAGR"));
    assertThat(e.rule()).contains("target's country from the place");
  }

  @Test
  void aCountryTakenOnlyFromTheSourceYieldsToAPlaceInTheTargetsPhrase() {
    // whom a state frees is of its own country by default; "of Hebron" says otherwise
    Event e = only(code("Israel released the deputy mayor of Hebron on Tuesday."), "0841");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("PSEGOV"));
  }

  @Test
  void aCountryTakenOnlyFromTheStoryYieldsToThePlaceOfTheAct() {
    // "people" has no country of its own; the story's only country (Chad) is a default the place corrects
    Event e = only(code("Chadian rebels killed 12 people in an attack on a market in Maiduguri."), "190");
    assertThat(e.source().actor().code()).isEqualTo("TCDREB");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("NGACVL"));
  }

  @Test
  void aStateNamedWithItsEmbassyIsNotWhereTheEmbassyStands() {
    Event e = only(code("Hundreds of students rallied outside the US embassy in Seoul on Saturday."), "141");
    assertThat(e.source().actor().code()).isEqualTo("KOREDU");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("USAGOV"));
  }

  @Test
  void anActorWhosePhraseNamesAPlaceIsOfItsCountry() {
    Event e = only(code("Gunmen killed the governor of Kandahar province on Monday."), "186");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("AFGGOV"));
    assertThat(e.rule()).contains("target's country from a place in its phrase");
  }

  @Test
  void aPlaceDeepInALongRolePhraseStillGivesItsCountry() {
    // the role phrase runs on through an apposition; the city inside it is its place, not the actor
    Event e = only(code("Gunmen kidnapped the mayor of the northern city of Mosul, a former army officer, on Monday."),
        "181");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("IRQGOV"));
  }

  @Test
  void anUnnamedAgentOfViolenceIsAnUnidentifiedArmedForceOfThePlace() {
    Event e = only(code("A car bomb killed two policemen in Peshawar on Tuesday."), "1832");
    assertThat(e.source().actor().code()).isEqualTo("PAKUAF");
  }

  @Test
  void anUnnamedAgentFiringAtAPlaceIsNotOfThatPlace() {
    // the place hit is the victim; where the fire came from is not said by it
    Event e = only(code("Three shells were fired at southern Lebanon on Friday."), "194");
    assertThat(e.source().actor().code()).isEqualTo("---UAF");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("LBN"));
    // a place the victim is in, not the victim itself, still gives the unnamed agent its country
    Event f = only(code("A roadside bomb killed two soldiers in Peshawar on Tuesday."), "1833");
    assertThat(f.source().actor().code()).isEqualTo("PAKUAF");
  }

  @Test
  void sympathyIsForTheCountryWhereTheDisasterHappened() {
    Event e = only(code("The Kenyan president offered condolences after the bombing in Kabul."), "018");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("AFG"));
  }

  @Test
  void anUnnamedCrowdProtestingIsCiviliansOfThePlace() {
    Event e = only(code("Thousands marched in Santiago against the pension reform."), "1412");
    assertThat(e.source().actor().code()).isEqualTo("CHLCVL");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("CHL"));
  }

  @Test
  void aGovernmentDoesNotTakeTheCountryItActsIn() {
    CodedArticle c = code("The minister held talks with opposition leaders in Lahore.");
    assertThat(c.events()).allSatisfy(e -> assertThat(e.source().actor().code()).doesNotStartWith("PAKGOV"));
  }

  @Test
  void aForeignInquiryIsAimedAtTheCountryItLooksInto() {
    Event e = only(code("UN inspectors examined two chemical plants in Syria on Monday."), "090");
    assertThat(e.source().actor().code()).isEqualTo("IGOUNO");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).isEqualTo("SYR"));
    // a state's own inquiry at home is aimed at nobody in particular
    Event home = only(code("Japanese police investigated the fire in Okinawa."), "090");
    assertThat(home.target()).isEmpty();
  }

  @Test
  void aTownNameOfSeveralCountriesDoesNotOutweighTheDateline() {
    // "Miraflores": towns in Colombia, Mexico and Peru; the story's people are Venezuelans by its dateline
    CodedArticle c = code("CARACAS, May 4 (Tacitus Wire) - Police fired tear gas at marchers near the Miraflores "
        + "palace. Colombia and Brazil called for calm.");
    Event e = only(c, "175");
    assertThat(e.source().actor().code()).as(e.rule()).isEqualTo("VENCOP");
    assertThat(e.target()).hasValueSatisfying(t -> assertThat(t.actor().code()).as(e.rule()).isEqualTo("VENOPP"));
  }
}
