package org.tacitus.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A broken line of alternate-names.tsv is reported with its file, line and fix. */
class AlternateNamesTest {

  private static Map<String, List<GazetteerEntry>> index() {
    Map<String, List<GazetteerEntry>> copy = new HashMap<>();
    Gazetteer.standard().index().forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    return copy;
  }

  @Test
  void aNewAliasReachesItsPlaceAndBecomesItsUsualSense() {
    Map<String, GazetteerEntry> aliases = new HashMap<>();
    Map<String, List<GazetteerEntry>> byName = index();
    Gazetteer.readAlternates("test.tsv", List.of(new Gazetteer.Line(3, "Bytown\tOttawa\tCAN")), byName,
        new HashMap<>(), aliases);
    assertThat(aliases.get("bytown").name()).isEqualTo("Ottawa");
    assertThat(byName.get("bytown")).extracting(GazetteerEntry::country).containsExactly("CAN");
  }

  @Test
  void aLineWithoutThreeColumnsNamesItsFileAndLine() {
    assertThatThrownBy(() -> Gazetteer.readAlternates("test.tsv", List.of(new Gazetteer.Line(7, "Bytown Ottawa")),
        index(), new HashMap<>(), new HashMap<>()))
        .isInstanceOf(GazetteerException.class).hasMessageContaining("test.tsv:7")
        .hasMessageContaining("ALIAS <TAB> NAME <TAB> COUNTRY");
  }

  @Test
  void aTargetTheGazetteerLacksNamesItsFileLineAndFix() {
    assertThatThrownBy(() -> Gazetteer.readAlternates("test.tsv",
        List.of(new Gazetteer.Line(9, "Xanadu\tXanaduville\tCHN")), index(), new HashMap<>(), new HashMap<>()))
        .isInstanceOf(GazetteerException.class).hasMessageContaining("test.tsv:9")
        .hasMessageContaining("no place 'Xanaduville' in CHN");
  }
}
