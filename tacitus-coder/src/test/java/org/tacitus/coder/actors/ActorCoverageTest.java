package org.tacitus.coder.actors;

import static org.tacitus.coder.testkit.CoderTestKit.assertActor;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Entries of the widened actor dictionaries, each on a sentence written for this test: role words, organisations,
 * seats of power and office holders. Each sentence names one country at most, so that no story country helps.
 */
@Tag("corenlp")
class ActorCoverageTest {

  @Test
  void aOneWordCoastguardIsTheStatesForce() {
    assertActor("Libyan coastguards intercepted a boat off the coast.", "Libyan coastguards", "LBYMIL");
  }

  @Test
  void aSeparatistForceIsSeparatistNotTheArmy() {
    assertActor("Georgian separatist forces shelled the village.", "Georgian separatist forces", "GEOSEP");
  }

  @Test
  void jihadistFightersAreRebelsNotAnUnalignedForce() {
    assertActor("Malian jihadist fighters attacked an army post.", "Malian jihadist fighters", "MLIREB");
  }

  @Test
  void drugKingpinsAreCriminals() {
    assertActor("Mexican drug kingpins bribed the mayor.", "Mexican drug kingpins", "MEXCRM");
  }

  @Test
  void unknownAssailantsAreAnUnidentifiedArmedForce() {
    assertActor("Unknown assailants shot a judge on Tuesday.", "Unknown assailants", "---UAF");
  }

  @Test
  void aSupremeLeaderIsTheGovernment() {
    assertActor("Iran's supreme leader addressed the nation.", "Iran's supreme leader", "IRNGOV");
  }

  @Test
  void shiitesAreMuslims() {
    assertActor("Bahraini Shiites marched through the streets.", "Bahraini Shiites", "BHRMOS");
  }

  @Test
  void lootersAreCriminals() {
    assertActor("Sudanese looters ransacked the market.", "Sudanese looters", "SDNCRM");
  }

  @Test
  void euAgenciesExtendTheEuCode() {
    assertActor("Frontex said the number of crossings fell.", "Frontex", "IGOEUREECCOP");
  }

  @Test
  void aRegionalForceHasItsOwnCode() {
    assertActor("The Multinational Joint Task Force freed twenty hostages.", "Multinational Joint Task Force",
        "IGOCAFMJT");
  }

  @Test
  void aNationalRedCrescentSocietyIsTheRedCrescentNotItsCountry() {
    assertActor("The Egyptian Red Crescent sent trucks to the border.", "Egyptian Red Crescent", "NGOHLHRCR");
  }

  @Test
  void theMuslimBrotherhoodIsEgyptsOpposition() {
    assertActor("The Muslim Brotherhood called for new protests.", "Muslim Brotherhood", "EGYOPPMBR");
  }

  @Test
  void aRegionalCommandIsTheStatesMilitary() {
    assertActor("CENTCOM said it struck a radar site.", "CENTCOM", "USAMIL");
  }

  @Test
  void peshmergaAreIraqsKurdishForces() {
    assertActor("Peshmerga fighters retook the village.", "Peshmerga fighters", "IRQMIL");
  }

  @Test
  void aSittingLeaderIsKnownByNameInAnUndatedStory() {
    assertActor("Volodymyr Zelenskyy arrived in Warsaw on Monday.", "Volodymyr Zelenskyy", "UKRGOV");
  }

  @Test
  void aRebelSpokesmanSpeaksForTheRebelsNotTheGovernment() {
    assertActor("A Colombian rebel spokesman denied the report.", "Colombian rebel spokesman", "COLREB");
  }

  @Test
  void aGangLeaderIsACriminalNotARuler() {
    assertActor("A Haitian gang leader threatened the police.", "Haitian gang leader", "HTICRM");
  }

  @Test
  void aFormerMinisterIsAnElite() {
    assertActor("Greece's former finance minister criticised the plan.", "Greece's former finance minister",
        "GRCELI");
  }
}
