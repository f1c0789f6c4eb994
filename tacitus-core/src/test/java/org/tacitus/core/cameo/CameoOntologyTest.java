package org.tacitus.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped CAMEO tables (cameo-codes.tsv, cameo-sectors.tsv) as loaded by {@link CameoOntology}. Goldstein values
 * below are GDELT's CAMEO.goldsteinscale.txt, the table the resource's header cites.
 */
class CameoOntologyTest {

  private final CameoOntology cameo = CameoOntology.standard();

  @Test
  void loadsAllTwentyRootsWithThreeDigits() {
    List<String> roots = cameo.codes().stream().filter(CameoCode::isRoot).map(CameoCode::code).toList();
    assertThat(roots).containsExactly(
        "010", "020", "030", "040", "050", "060", "070", "080", "090", "100",
        "110", "120", "130", "140", "150", "160", "170", "180", "190", "200");
  }

  @Test
  void holdsTheWholeCodebook() {
    // CAMEO 1.1b3 has 296 three- and four-digit codes; a truncated or doubled table would fall outside this range
    assertThat(cameo.codes()).hasSizeBetween(280, 320);
    assertThat(cameo.codes().stream().map(CameoCode::code).distinct().count()).isEqualTo(cameo.codes().size());
  }

  @Test
  void everyCodeHasItsParentAndRoot() {
    Set<String> all = cameo.codes().stream().map(CameoCode::code).collect(Collectors.toSet());
    for (CameoCode c : cameo.codes()) {
      assertThat(all).as("root of %s", c.code()).contains(c.root() + "0");
      if (c.code().length() == 4) {
        assertThat(all).as("parent of %s", c.code()).contains(c.code().substring(0, 3));
      }
      assertThat(c.name()).as("name of %s", c.code()).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
    }
  }

  @Test
  void fourDigitCodesExistUnderTheirParents() {
    assertThat(cameo.has("0332")).isTrue();
    assertThat(cameo.has("1056")).isTrue();
    assertThat(cameo.has("2042")).isTrue();
    long underThe03s = cameo.codes().stream().filter(c -> c.root().equals("03")).count();
    assertThat(underThe03s).isEqualTo(28); // 030-039 and 0311-0356, chapter 6 of the manual
  }

  @ParameterizedTest
  @CsvSource({
      "0332, 5.2",   // Express intent to provide military aid
      "190, -10.0",  // Use conventional military force
      "016, -2.0",   // Deny responsibility: GDELT's value (Phoenix has +3.4)
      "011, -0.1",
      "022, 3.2",
      "042, 1.9",
      "0874, 10.0",  // Retreat or surrender militarily, the top of the scale
      "130, -4.4",   // GDELT's "130" row; its two-digit "13" row says -6.0
      "163, -8.0",
      "182, -9.5",
      "1821, -9.0",
      "1823, -10.0",
      "106, -5.0",   // run into 1056 in GDELT's event-codes table, present in the Goldstein table
  })
  void goldsteinValuesAreGdelts(String code, double goldstein) {
    assertThat(cameo.code(code).goldstein()).isCloseTo(goldstein, within(1e-9));
  }

  @ParameterizedTest
  @CsvSource({
      "155, -7.2",   // not in GDELT: value of root 150
      "176, -7.0",   // not in GDELT: value of root 170
      "1834, -10.0", // not in GDELT: value of parent 183
      "1951, -10.0", // not in GDELT: value of parent 195
      "1952, -10.0",
  })
  void codesGdeltLacksInheritTheirParentsValue(String code, double goldstein) {
    assertThat(cameo.code(code).goldstein()).isCloseTo(goldstein, within(1e-9));
    String parent = code.length() == 4 ? code.substring(0, 3) : code.substring(0, 2) + "0";
    assertThat(cameo.code(code).goldstein()).isEqualTo(cameo.code(parent).goldstein());
  }

  @ParameterizedTest
  @CsvSource({
      "0332, Express intent to provide military aid",
      "044, Meet at a \"third\" location",
      "106, 'Demand meeting, negotiation'",
      "1056, Demand de-escalation of military engagement",
      "183, 'Conduct suicide, car, or other non-military bombing, not specified below'",
      "1312, 'Threaten with sanctions, boycott, embargo'",
      "040, 'Consult, not specified below'",
  })
  void namesAreTheCodebooks(String code, String name) {
    assertThat(cameo.code(code).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({
      "010, VERBAL_COOPERATION",
      "0332, VERBAL_COOPERATION",
      "046, VERBAL_COOPERATION",
      "057, VERBAL_COOPERATION",
      "060, MATERIAL_COOPERATION",
      "073, MATERIAL_COOPERATION",
      "0874, MATERIAL_COOPERATION",
      "094, MATERIAL_COOPERATION",
      "100, VERBAL_CONFLICT",
      "1125, VERBAL_CONFLICT",
      "139, VERBAL_CONFLICT",
      "1454, VERBAL_CONFLICT",
      "150, MATERIAL_CONFLICT",
      "166, MATERIAL_CONFLICT",
      "1823, MATERIAL_CONFLICT",
      "2042, MATERIAL_CONFLICT",
  })
  void quadClassFollowsTheRoot(String code, QuadClass quad) {
    assertThat(cameo.code(code).quadClass()).isEqualTo(quad);
  }

  @Test
  void quadClassNumbersAreGdelts() {
    assertThat(cameo.code("043").quadClass().number()).isEqualTo(1);
    assertThat(cameo.code("071").quadClass().number()).isEqualTo(2);
    assertThat(cameo.code("112").quadClass().number()).isEqualTo(3);
    assertThat(cameo.code("193").quadClass().number()).isEqualTo(4);
  }

  @Test
  void twoDigitRootsReadAsTheirThreeDigitCode() {
    assertThat(cameo.code("04").code()).isEqualTo("040");
    assertThat(cameo.code("04")).isSameAs(cameo.code("040"));
    assertThat(cameo.code("13").goldstein()).isCloseTo(-4.4, within(1e-9));
    assertThat(cameo.find("19")).map(CameoCode::code).contains("190");
    assertThat(cameo.has("20")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"999", "0999", "21", "210", "0335", "1957", "00", "abc"})
  void unknownCodesThrowNamingTheCode(String code) {
    assertThat(cameo.has(code)).isFalse();
    assertThat(cameo.find(code)).isEmpty();
    assertThatThrownBy(() -> cameo.code(code))
        .isInstanceOf(UnknownCodeException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + code + "'");
  }

  @ParameterizedTest
  @CsvSource({
      "GOV, role",
      "MIL, role",
      "REB, role",
      "COP, role",
      "OPP, role",
      "PTY, role",
      "MED, role",
      "RAD, role",
      "IGO, org",
      "NGO, org",
      "NGM, org",
      "MNC, org",
      "IMG, org",
      "CHR, religion",
      "MOS, religion",
      "MOSSHI, religion",
      "JEW, religion",
      "KUR, ethnic",
  })
  void sectorsHaveTheirKind(String code, String kind) {
    assertThat(cameo.hasSector(code)).isTrue();
    Sector s = cameo.sector(code);
    assertThat(s.code()).isEqualTo(code);
    assertThat(s.kind()).isEqualTo(kind);
    assertThat(s.name()).isNotBlank();
  }

  @Test
  void sectorNamesSayWhatTheCodeIs() {
    assertThat(cameo.sector("GOV").name()).startsWith("Government");
    assertThat(cameo.sector("MIL").name()).startsWith("Military");
    assertThat(cameo.sector("IGO").name()).containsIgnoringCase("inter-governmental");
    assertThat(cameo.sector("MED").name()).startsWith("Media");
  }

  @Test
  void everySectorHasAKnownKindAndNoCountryCodeSneaksIn() {
    assertThat(cameo.sectors()).isNotEmpty();
    assertThat(cameo.sectors()).extracting(Sector::kind).allMatch(k -> Set.of("role", "org", "religion", "ethnic")
        .contains(k));
    assertThat(cameo.sectors()).extracting(Sector::code).doesNotContain("USA", "GBR", "ISR", "MUS", "AFR", "MEA");
    assertThat(cameo.sectors()).extracting(Sector::code).allMatch(c -> c.matches("[A-Z]{3}([A-Z]{3})?"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"XYZ", "USA", "gov", "GOVMIL", ""})
  void unknownSectorThrowsNamingIt(String code) {
    assertThat(cameo.hasSector(code)).isFalse();
    assertThatThrownBy(() -> cameo.sector(code))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("'" + code + "'");
  }

  @Test
  void standardIsLoadedOnce() {
    assertThat(CameoOntology.standard()).isSameAs(cameo);
  }
}
