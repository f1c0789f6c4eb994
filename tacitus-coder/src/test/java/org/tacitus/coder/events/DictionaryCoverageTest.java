package org.tacitus.coder.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacitus.coder.testkit.CoderTestKit.assertCodes;
import static org.tacitus.coder.testkit.CoderTestKit.assertCodesExactly;
import static org.tacitus.coder.testkit.CoderTestKit.assertNoEvents;
import static org.tacitus.coder.testkit.CoderTestKit.code;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.CodedArticle;

/**
 * Wire-style sentences written for these tests, one per group of dictionary entries (verbs with particles, verb +
 * object patterns, event nouns) added to widen the coverage of common news wording; plus the readings those entries
 * must not take.
 */
@Tag("corenlp")
class DictionaryCoverageTest {

  // 01 public statement

  @Test
  void castingDoubtIsAPessimisticComment() {
    assertCodes("The Egyptian foreign minister cast doubt on Ethiopia's commitment to the dam deal.", "EGY ETH 012");
  }

  @Test
  void claimingAnAttackIsClaimingResponsibility() {
    assertCodes("The Pakistani Taliban claimed the bombing of a checkpoint in Peshawar.", "PAK - 015");
  }

  @Test
  void claimingVictoryIsNoClaimOfResponsibility() {
    CodedArticle c = code("The ruling party claimed victory in the Ghanaian election.");
    assertThat(c.events()).noneSatisfy(e -> assertThat(e.code().code()).isEqualTo("015"));
  }

  @Test
  void sendingALetterOfCondolenceOrCongratulation() {
    assertCodes("The Japanese emperor sent a letter of condolence to Turkey.", "JPN TUR 018");
    assertCodes("The Russian president sent a congratulatory message to the Chinese president.", "RUS CHN 051");
  }

  @Test
  void aMomentOfSilenceIsASymbolicAct() {
    assertCodes("The Indian parliament observed a moment of silence for victims in Sri Lanka.", "IND LKA 017");
  }

  // 04 consult

  @Test
  void ringingACounterpartIsAPhoneCall() {
    assertCodes("The Spanish prime minister rang his Portuguese counterpart.", "ESP PRT 041");
  }

  @Test
  void receivingACallFromSomeoneIsTheirCall() {
    assertCodes("The Turkish president received a telephone call on Tuesday from the Russian president.",
        "RUS TUR 041");
  }

  @Test
  void headingSettingOffAndLandingAreTravel() {
    assertCodes("The Japanese prime minister headed to Australia for a three-day visit.", "JPN AUS 042");
    assertCodes("The Turkish president set off for Azerbaijan on Monday.", "TUR AZE 042");
    assertCodes("The Chinese premier landed in Islamabad on Tuesday.", "CHN PAK 042");
    assertCodes("The Brazilian president wrapped up a visit to Angola.", "BRA AGO 042");
  }

  @Test
  void headingABodyIsNoTravel() {
    CodedArticle c = code("The Ghanaian president headed the delegation.");
    assertThat(c.events()).noneSatisfy(e -> assertThat(e.code().code()).isEqualTo("042"));
  }

  @Test
  void playingHostAndGrantingAnAudienceAreHosting() {
    assertCodes("Tanzania played host to the Burundian president.", "TZA BDI 043");
    assertCodes("The Jordanian king granted an audience to the Iraqi foreign minister.", "JOR IRQ 043");
  }

  // 05 diplomatic cooperation

  @Test
  void patchingUpRelations() {
    assertCodes("Qatar and Bahrain patched up their relations.", "QAT BHR 050", "BHR QAT 050");
  }

  @Test
  void heapingPraise() {
    assertCodes("The Kenyan president heaped praise on Ethiopia.", "KEN ETH 051");
  }

  // 06 material cooperation

  @Test
  void boostingTradeTiesIsEconomicCooperation() {
    assertCodes("Vietnam and South Korea boosted trade ties.", "VNM KOR 061", "KOR VNM 061");
  }

  @Test
  void swappingIntelligence() {
    assertCodes("Morocco and Spain swapped intelligence.", "MAR ESP 064", "ESP MAR 064");
  }

  // 07 aid, 08 yield

  @Test
  void welcomingRefugees() {
    assertCodes("Germany welcomed refugees from Afghanistan.", "DEU AFG 073");
  }

  @Test
  void rushingAidAndUnfreezingIt() {
    assertCodes("Turkey rushed humanitarian aid to Syria.", "TUR SYR 073");
    CodedArticle c = code("The United States will unfreeze the aid to Egypt.");
    assertThat(c.events()).anySatisfy(e -> {
      assertThat(e.code().code()).isEqualTo("0331");
      assertThat(e.target().orElseThrow().actor().root()).isEqualTo("EGY");
    });
  }

  @Test
  void lettingAidWorkersIn() {
    assertCodes("Ethiopia allowed humanitarian workers into Tigray.", "ETH ---DEV 0863");
  }

  @Test
  void pullingBackFightersIsAMilitaryWithdrawal() {
    assertCodes("Hezbollah pulled back its fighters from the Syrian border.", "LBN SYR 0874");
  }

  @Test
  void scalingDownAnOperationIsDeEscalation() {
    assertCodedBy("Turkey scaled down its military operation in Iraq.", "087", "TUR");
  }

  // 11 disapprove

  @Test
  void speakingOutAgainst() {
    assertCodes("The Irish prime minister spoke out against Britain.", "IRL GBR 110");
  }

  @Test
  void lodgingRepresentationsIsAFormalComplaint() {
    assertCodes("China lodged representations with Australia.", "CHN AUS 114");
  }

  // 12 reject

  @Test
  void throwingOutOrShootingDownAProposalIsARejection() {
    assertCodes("The Greek parliament threw out the proposal from Turkey.", "GRC TUR 120");
    assertCodes("Germany shot down the French proposal.", "DEU FRA 120");
    assertCodes("Ukrainian forces shot down a Russian helicopter.", "UKR RUS 190");
  }

  // 15 force posture

  @Test
  void beefingUpPresenceAndPouringTroopsIn() {
    assertCodedBy("China beefed up its military presence near Taiwan.", "154", "CHN");
    assertCodedBy("India poured troops into Kashmir.", "154", "IND");
  }

  @Test
  void showingOffAndUnveilingMissiles() {
    assertCodes("North Korea showed off new missiles at a parade in Pyongyang.", "PRK - 150");
    assertCodes("Iran unveiled a new ballistic missile.", "IRN - 150");
  }

  // 16 reduce relations, 17 coerce

  @Test
  void kickingOutJournalistsIsAnExpulsion() {
    assertCodes("Ethiopia kicked out foreign journalists.", "ETH ---MED 174");
  }

  @Test
  void cuttingTradeIsAnEmbargo() {
    assertCodes("Egypt cut trade with Qatar.", "EGY QAT 163");
  }

  @Test
  void liveAmmunitionAndTearGasAgainstProtestersAreRepression() {
    assertCodedBy("Security forces used live ammunition against protesters in Iraq.", "175", "IRQ");
    assertCodedBy("Police used tear gas against demonstrators in Chile.", "175", "CHL");
  }

  @Test
  void kickingOutDiplomatsShuttingAnEmbassyScalingBackTies() {
    assertCodes("Latvia kicked out Russian diplomats.", "LVA RUS 161");
    assertCodes("Canada shut its embassy in Iran.", "CAN IRN 161");
    assertCodes("Egypt scaled back ties with Turkey.", "EGY TUR 161");
  }

  // 18 assault

  @Test
  void takingPeopleCaptiveIsHostageTaking() {
    assertCodedBy("Sudanese rebels took the Chinese engineers captive.", "181", "SDN");
  }

  // 19 fight, 20 mass violence

  @Test
  void hittingBackAndFendingOff() {
    assertCodes("Azerbaijan hit back at Armenian forces.", "AZE ARM 190");
    assertCodedBy("Somali troops fended off an attack by Al-Shabaab.", "190", "SOM");
  }

  @Test
  void unleashingAnOffensiveAndAnOnslaught() {
    assertCodedBy("Syrian troops unleashed an offensive against the rebels.", "190", "SYR");
    assertCodedBy("Russian forces launched an onslaught against Ukrainian positions.", "190", "RUS");
  }

  @Test
  void regainingControlAndTheCaptureOfATown() {
    assertCodedBy("Afghan forces regained control of Kunduz.", "192", "AFG");
    CodedArticle capture = code("Kurdish fighters completed the capture of the town from Islamic State.");
    assertThat(capture.events()).anySatisfy(e -> assertThat(e.code().code()).isEqualTo("192"));
  }

  @Test
  void mowingDownLobbingRocketsAndAGunfight() {
    CodedArticle mowed = code("Soldiers mowed down villagers in Myanmar.");
    assertThat(mowed.events()).anySatisfy(e -> assertThat(e.code().code()).isEqualTo("193"));
    CodedArticle lobbed = code("Militants lobbed rockets into Israel.");
    assertThat(lobbed.events()).anySatisfy(e -> {
      assertThat(e.code().code()).isEqualTo("194");
      assertThat(e.target().orElseThrow().actor().root()).isEqualTo("ISR");
    });
    assertCodes("A gunfight between Indian and Pakistani soldiers broke out in Kashmir.", "IND PAK 193",
        "PAK IND 193");
  }

  @Test
  void wipingOutVillagesIsMassKilling() {
    CodedArticle c = code("Militias wiped out villages in South Sudan.");
    assertThat(c.events()).anySatisfy(e -> assertThat(e.code().code()).isEqualTo("202"));
  }

  /** Some event of {@code text} has {@code code} and a source of country {@code sourceCountry}, whatever its target. */
  private static void assertCodedBy(String text, String code, String sourceCountry) {
    CodedArticle c = code(text);
    assertThat(c.events()).as("events of \"%s\"", text).anySatisfy(e -> {
      assertThat(e.code().code()).isEqualTo(code);
      assertThat(e.source().actor().root()).isEqualTo(sourceCountry);
    });
  }

  @Test
  void announcingSanctionsImposesThem() {
    assertCodes("Britain announced new sanctions against Iranian officials.", "GBR IRNGOV 163");
  }

  @Test
  void returningToTheNegotiatingTableIsNegotiating() {
    assertCodes("The African Union called on Sudan to return to the negotiating table.", "IGOAFRAFU SDN 026");
  }

  @Test
  void cuttingEnergySuppliesIsAnEmbargo() {
    assertCodes("Algeria cut gas supplies to Morocco.", "DZA MAR 163");
    assertCodes("Kazakhstan halted oil deliveries to Kyrgyzstan.", "KAZ KGZ 163");
  }

  @Test
  void dissolvingParliamentAndSuspendingTheConstitution() {
    assertCodes("Mali's military government dissolved parliament.", "MLIGOV MLILEG 172");
    assertCodes("Mali's military government suspended the constitution.", "MLIGOV MLI 1724");
  }

  @Test
  void allowingAidTrucksIn() {
    assertCodes("Egypt allowed 40 trucks of food aid to cross into Sudan.", "EGY - 0863");
  }

  @Test
  void agreeingOrAdoptingSanctionsImposesThem() {
    assertCodes("The European Union agreed a new package of sanctions against Iran.", "IGOEUREEC IRN 163");
    assertCodes("Canada adopted sanctions against Nicaraguan officials.", "CAN NICGOV 163");
  }

  @Test
  void forcesLeavingAPlaceRetreat() {
    assertCodes("Kenyan troops pulled out of the town on Sunday.", "KENMIL - 0874");
    assertCodes("Ethiopian forces withdrew from the region under the deal.", "ETHMIL - 0874");
    // leaving a deal, talks or a race is no retreat
    assertNoEvents("The candidate withdrew from the race.");
  }

  @Test
  void aPermissionIsNotTheActPermitted() {
    assertCodesExactly("Serbia allowed international peacekeepers to deploy in the province.", "SRB - 0861");
  }

  @Test
  void aStatesForcesBlockingRoadsRestrictMovement() {
    assertCodes("Police set up roadblocks around the capital before the vote.", "---COP - 191");
    assertCodes("Protesters set up roadblocks around the capital.", "---OPP - 144");
  }

  @Test
  void theForcesOfAShowOfForceAreNotItsTarget() {
    assertCodesExactly("Turkey reinforced its border with Syria with tanks and troops.", "TUR SYR 154");
    // in a story from another country, "troops" takes that country only by default
    CodedArticle c = code("KHARTOUM (Wire) -- Chad deployed troops on Monday.");
    assertThat(c.events()).anySatisfy(e -> {
      assertThat(e.code().code()).isEqualTo("154");
      assertThat(e.target()).isEmpty();
    });
  }

  @Test
  void withdrawingPeacekeepersFromAPlaceIsNoRetreat() {
    assertCodesExactly("The UN withdrew its peacekeepers from the region.", "IGOUNO - 1661");
  }

  @Test
  void opponentsFightingPoliceRiot() {
    assertCodes("Opposition supporters clashed with police in the capital.", "---OPP ---COP 145");
  }

  @Test
  void blockingImportsIsAnEmbargoAimedAtTheirCountry() {
    assertCodes("China blocked Australian wine imports.", "CHN AUS 163");
  }

  @Test
  void aCraftFlaggedInACountryIsThatCountrysProperty() {
    assertCodes("Iran seized a British-flagged oil tanker in the Gulf.", "IRN GBR 1711");
  }

  @Test
  void aShowOfForceIsAimedAtWhomItsPurposeActsOn() {
    assertCodes("Poland deployed troops to deter Russian aggression.", "POL RUS 154");
  }
}
