package org.tacitus.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened, resolved against the gazetteer, with the reason for the choice.
 *
 * @param name the place's name as the gazetteer spells it (or the raw text when unresolved)
 * @param type country, first-order admin division, city, or unresolved
 * @param country ISO 3166-1 alpha-3 country code, when known
 * @param admin1 first-order administrative division (name or code), when known
 * @param lat latitude in degrees, when resolved
 * @param lon longitude in degrees, when resolved
 * @param geonamesId GeoNames id, when the place came from GeoNames data
 * @param evidence the place words in the article's text, when the place is named there
 * @param reason why this place was chosen (the rule and the deciding facts)
 * @param alternatives other candidates that were considered, best first (names with country)
 */
public record Place(
    String name,
    GeoType type,
    Optional<String> country,
    Optional<String> admin1,
    Optional<Double> lat,
    Optional<Double> lon,
    Optional<Long> geonamesId,
    Optional<Span> evidence,
    String reason,
    List<String> alternatives) {

  /**
   * Words for a state's missions abroad ("embassy", "consulate"): the state named with one is not where it stands
   * ("the US embassy in Seoul"), and protesters gathered at one address that state.
   */
  public static final java.util.Set<String> MISSIONS = java.util.Set.of("embassy", "consulate", "mission", "legation",
      "chancery");

  /** The kind of place, as the event data sets distinguish them. */
  public enum GeoType {
    COUNTRY,
    ADMIN1,
    CITY,
    UNRESOLVED
  }

  /** The country in a candidate's description: "Miraflores (city, COL 36, pop. 2,766)". */
  private static final java.util.regex.Pattern CANDIDATE_COUNTRY = java.util.regex.Pattern.compile(
      "\\(\\w+, ([A-Z]{3})");

  /**
   * Whether no other candidate considered for the name lies in another country: the name alone says which country
   * it is in (not so "Miraflores", with towns in Colombia, Mexico and Peru).
   */
  public boolean unambiguous() {
    return alternatives.stream().map(CANDIDATE_COUNTRY::matcher)
        .allMatch(m -> !m.find() || country.filter(m.group(1)::equals).isPresent());
  }

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(admin1, "admin1");
    Objects.requireNonNull(lat, "lat");
    Objects.requireNonNull(lon, "lon");
    Objects.requireNonNull(geonamesId, "geonamesId");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
    alternatives = List.copyOf(alternatives);
  }
}
