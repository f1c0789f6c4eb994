package org.tacitus.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverCrosswalkTest {

  private final PloverCrosswalk crosswalk = PloverCrosswalk.standard();

  @Test
  void everyCameoCodeOutside01And02HasAPloverEvent() {
    for (CameoCode c : CameoOntology.standard().codes()) {
      boolean dropped = c.root().equals("01") || c.root().equals("02");
      assertThat(crosswalk.of(c.code())).as(c.code()).matches(p -> p.isPresent() != dropped);
    }
  }

  @Test
  void readsEventModeAndContextOfListedAndInferredCodes() {
    PloverCrosswalk.Plover military = crosswalk.of("0312").orElseThrow();
    assertThat(military.event()).isEqualTo("AGREE");
    assertThat(military.mode()).isEmpty();
    assertThat(military.context()).contains("military");
    assertThat(crosswalk.of("0841").orElseThrow().mode()).contains("release");
    assertThat(crosswalk.of("1124").orElseThrow().context()).contains("military;legal");
    assertThat(crosswalk.of("163").orElseThrow().event()).isEqualTo("COERCE");
    assertThat(crosswalk.of("1951").orElseThrow().basis()).isEqualTo("parent 195");
    assertThat(crosswalk.of("010")).isEmpty();
  }
}
