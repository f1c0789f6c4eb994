package org.tacitus.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Actor codes: the parts a code is made of. */
class ActorTest {

  @Test
  void aRoleWithoutCountryHasTheUnknownCountryAndASectorOnly() {
    assertThat(Actor.of(null, "GOV").roleWithoutCountry()).isTrue();
    assertThat(Actor.of("KEN", "GOV").roleWithoutCountry()).isFalse();
    assertThat(Actor.country("KEN").roleWithoutCountry()).isFalse();
    assertThat(new Actor("---GOVMIL", java.util.Optional.empty(), java.util.Optional.of("GOV")).roleWithoutCountry())
        .isFalse();
  }
}
