package org.tacitus.geo;

import java.util.Objects;
import java.util.Optional;
import org.tacitus.core.model.Place.GeoType;

/**
 * One place the gazetteer knows: a country, a first-order division, or a populated place.
 *
 * @param name the name as the data spells it
 * @param type country, admin1 or city (never unresolved)
 * @param country ISO 3166-1 alpha-3 code of the country it lies in (itself, for a country)
 * @param admin1 GeoNames first-order division code within the country ("TX", "48"), empty for a country
 * @param featureCode GeoNames feature code of a populated place (PPLC capital, PPLA division seat, PPL ...);
 *     "ADM1" for a division, "PCLI" for a country
 * @param population inhabitants; for a division, the sum over its places in the gazetteer; 0 for a country
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param geonamesId the GeoNames id of a populated place
 */
public record GazetteerEntry(String name, GeoType type, String country, String admin1, String featureCode,
    long population, double lat, double lon, Optional<Long> geonamesId) {

  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(geonamesId, "geonamesId");
    if (type == GeoType.UNRESOLVED) {
      throw new IllegalArgumentException("a gazetteer entry is always resolved: " + name);
    }
  }

  /** A national capital (GeoNames PPLC). */
  public boolean isCapital() {
    return featureCode.equals("PPLC");
  }

  /** The seat of a first- or second-order division (PPLA, PPLA2). */
  public boolean isAdminSeat() {
    return featureCode.equals("PPLA") || featureCode.equals("PPLA2");
  }

  /** Lies in (or is) the division {@code admin1} of {@code country}. */
  public boolean isIn(String country, String admin1) {
    return this.country.equals(country) && this.admin1.equals(admin1);
  }

  /** A short description for reasons and alternatives: "Paris (city, USA TX, pop. 24,782)". */
  public String describe() {
    String where = switch (type) {
      case COUNTRY -> "country " + country;
      case ADMIN1 -> "admin1, " + country;
      default -> "city, " + country + (admin1.isEmpty() ? "" : " " + admin1);
    };
    return name + " (" + where + (population > 0 && type == GeoType.CITY ? String.format(java.util.Locale.ROOT,
        ", pop. %,d", population) : "") + ")";
  }
}
