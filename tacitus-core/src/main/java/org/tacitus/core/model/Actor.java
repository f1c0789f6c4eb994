package org.tacitus.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO actor: a country (ISO 3166 alpha-3), or an international or non-state organisation, optionally narrowed by
 * a sector ({@code GOV}, {@code MIL} ...). The code is the concatenation, as CAMEO writes it: {@code RUSGOV},
 * {@code PAK}, {@code IGOUNO}. An actor whose country the text does not give is written with {@code ---} in place of
 * the country ({@code ---COP}), as PETRARCH does.
 *
 * @param code the full CAMEO-style code
 * @param country the ISO 3166 alpha-3 country, when the actor belongs to one
 * @param sector the first sector code, when there is one
 */
public record Actor(String code, Optional<String> country, Optional<String> sector) {

  public static final String UNKNOWN_COUNTRY = "---";

  public Actor {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("empty actor code");
    }
  }

  public static Actor country(String iso3) {
    return new Actor(iso3, Optional.of(iso3), Optional.empty());
  }

  /** A country narrowed by a sector ({@code RUS} + {@code GOV}); a null country gives {@code ---GOV}. */
  public static Actor of(String iso3, String sector) {
    if (iso3 == null) {
      return new Actor(UNKNOWN_COUNTRY + sector, Optional.empty(), Optional.of(sector));
    }
    return new Actor(iso3 + sector, Optional.of(iso3), Optional.of(sector));
  }

  /** An organisation or group with a code of its own ({@code IGOUNO}, {@code NGOICR}). */
  public static Actor organisation(String code, String sector) {
    return new Actor(code, Optional.empty(), Optional.ofNullable(sector));
  }

  /** A role whose country the text does not give ("---GOV" for "the minister", "---CVL" for "civilians"). */
  public boolean roleWithoutCountry() {
    return code.startsWith(UNKNOWN_COUNTRY) && sector.isPresent() && code.length() == UNKNOWN_COUNTRY.length() + 3;
  }

  /** The sectors of a state's organs: its government, forces, police, intelligence, courts and legislature. */
  private static final java.util.Set<String> STATE_ORGANS = java.util.Set.of("GOV", "MIL", "COP", "SPY", "JUD",
      "LEG");

  /** Whether the actor is an organ of a state (RUSGOV, ---COP): its sector is a state's. */
  public boolean stateOrgan() {
    return sector.map(STATE_ORGANS::contains).orElse(false);
  }

  /** The first three letters, the level at which evaluations compare countries. */
  public String root() {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }

  /** The same actor with a sector added, unless it has one already. */
  public Actor withSector(String newSector) {
    if (sector.isPresent() || newSector == null) {
      return this;
    }
    return new Actor(code + newSector, country, Optional.of(newSector));
  }
}
