package org.tacitus.app.format;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tacitus.core.model.Place;

/** What the layouts share about places: country names of ISO alpha-3 codes, and the resolved place of an event. */
final class Geo {

  /** ISO 3166-1 alpha-3 to English short name, from the JDK's locale data. */
  private static final Map<String, String> NAMES = names();

  private Geo() {
  }

  private static Map<String, String> names() {
    Map<String, String> m = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(alpha2).build();
      m.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    return Map.copyOf(m);
  }

  /** The English name of an ISO alpha-3 country code ("PAK" gives "Pakistan"), when the JDK knows it. */
  static Optional<String> countryName(String iso3) {
    return Optional.ofNullable(iso3).map(NAMES::get);
  }

  /** The event's place, when it was resolved (an {@code UNRESOLVED} place counts as none). */
  static Optional<Place> resolved(Optional<Place> place) {
    return place.filter(p -> p.type() != Place.GeoType.UNRESOLVED);
  }

  /** "Name, Admin1, Country" as GDELT and ICEWS spell a place, without the parts that are unknown or repeated. */
  static String fullName(Place p) {
    StringBuilder b = new StringBuilder(p.name());
    if (p.type() != Place.GeoType.COUNTRY) {
      p.admin1().filter(a -> !a.equals(p.name())).ifPresent(a -> b.append(", ").append(a));
      p.country().flatMap(Geo::countryName).ifPresent(c -> b.append(", ").append(c));
    }
    return b.toString();
  }
}
