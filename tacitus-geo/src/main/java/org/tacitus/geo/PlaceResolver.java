package org.tacitus.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Place.GeoType;

/**
 * Resolves each place name of a story to one gazetteer entry, by a score that docs/GEO.md explains:
 *
 * <ol>
 *   <li>hard narrowing: a qualifier ("Paris, Texas") keeps the namesakes inside it; "Washington state" or "the
 *       state of Washington" keeps the divisions;
 *   <li>prominence: a country 8.5, a division 6, a populated place log10(population), plus 1.5 for a national
 *       capital (PPLC), 0.5 for a division seat (PPLA), 0.2 for a second-order seat (PPLA2);
 *   <li>the story: +2 when the candidate lies in one of the story's countries (its actors' countries, the dateline's,
 *       and those of its other places), +4 when another place of the story lies in the same division;
 *   <li>+2 for the place alternate-names.tsv gives the name, its usual sense in the news ("Washington" -> D.C.);
 *   <li>a fine-grained NER class (CITY, STATE_OR_PROVINCE, COUNTRY), when present, +1 to candidates of that type.
 * </ol>
 *
 * <p>The highest score wins (ties: countries, then divisions, then the larger place). A name the gazetteer does not
 * know, or a region ({@code regions.txt}), stays unresolved with the name as written. Stateless and thread safe.
 */
final class PlaceResolver {

  static final double COUNTRY = 8.5;
  static final double DIVISION = 6;
  static final double CAPITAL = 1.5;
  static final double SEAT = 0.5;
  static final double SEAT2 = 0.2;
  static final double STORY_COUNTRY = 2;
  static final double SAME_DIVISION = 4;
  static final double NER_TYPE = 1;
  static final double USUAL_SENSE = 2;
  private static final int MAX_ALTERNATIVES = 5;
  /** Below this population a town outside every country of the story is taken for a namesake the gazetteer lacks. */
  static final int SMALL_NAMESAKE = 5_000;
  /** Below this population a town outside the story, whose name towns of other countries bear too, is no evidence. */
  static final int COMMON_NAME_TOWN = 50_000;

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@code e} lies in (or is) {@code q}, a country or division. */
  static boolean within(GazetteerEntry e, GazetteerEntry q) {
    return switch (q.type()) {
      case COUNTRY -> e.country().equals(q.country());
      case ADMIN1 -> e.type() != GeoType.COUNTRY && e.isIn(q.country(), q.admin1());
      default -> false;
    };
  }

  /**
   * Resolves the places of one story: once on the actors' and dateline's countries alone, then again with what
   * the first pass found for the other names of the story ("Atlanta" makes "Georgia" the state).
   */
  List<ResolvedPlace> resolve(List<PlaceMention> mentions, List<Mention> actors) {
    List<ResolvedPlace> first = new ArrayList<>(mentions.size());
    for (PlaceMention m : mentions) {
      first.add(resolve(m, actors, List.of()));
    }
    List<ResolvedPlace> second = new ArrayList<>(mentions.size());
    for (PlaceMention m : mentions) {
      second.add(resolve(m, actors, first));
    }
    return second;
  }

  private record Scored(GazetteerEntry entry, double score, List<String> why) {
  }

  ResolvedPlace resolve(PlaceMention m, List<Mention> actors, List<ResolvedPlace> others) {
    String key = Gazetteer.key(m.name());
    if (gazetteer.isRegion(m.name())) {
      return unresolved(m, "'" + m.name() + "' is a region (regions.txt), not a place of the gazetteer");
    }
    List<GazetteerEntry> candidates = gazetteer.lookup(m.name());
    if (candidates.isEmpty()) {
      return unresolved(m, "'" + m.name() + "' is not in the gazetteer; kept as written");
    }
    List<String> narrowed = new ArrayList<>();
    if (m.qualifier().isPresent()) {
      List<GazetteerEntry> qs = gazetteer.qualifier(m.qualifier().get());
      List<GazetteerEntry> in = candidates.stream().filter(c -> qs.stream().anyMatch(q -> c != q && within(c, q)))
          .toList();
      if (!in.isEmpty()) {
        candidates = in;
        narrowed.add("written '" + m.name() + ", " + m.qualifier().get() + "'");
      } else {
        // "Bahrain's Jau prison": no place of that name lies in the possessor; a namesake elsewhere is not it
        return unresolved(m, "no place '" + m.name() + "' in the gazetteer lies in " + m.qualifier().get()
            + "; kept as written");
      }
    }
    if (m.stateWord()) {
      List<GazetteerEntry> divisions = candidates.stream().filter(c -> c.type() == GeoType.ADMIN1).toList();
      if (!divisions.isEmpty()) {
        candidates = divisions;
        narrowed.add("written as a state");
      }
    }
    // The story's countries: its actors', the dateline's and its other places' - never from this same name, which
    // the coder may have read as a country actor ("Georgia" -> GEO) whatever place it is.
    Set<String> countries = new TreeSet<>();
    for (Mention a : actors) {
      if ((" " + Gazetteer.key(a.text()) + " ").contains(" " + key + " ")) {
        continue;
      }
      String code = a.actor().code();
      if (a.actor().country().isPresent()) {
        countries.add(a.actor().country().get());
      } else if (code.length() > 3 && gazetteer.country(code.substring(0, 3)).isPresent()) {
        countries.add(code.substring(0, 3)); // an organisation of one country: Boko Haram (NGAINSBKH) is Nigeria's
      }
    }
    if (m.stateWord() && !countries.isEmpty() && candidates.stream().noneMatch(c -> c.type() == GeoType.ADMIN1
        || countries.contains(c.country()))) {
      // "in Borno state" in a story about Boko Haram: a town of that name elsewhere (Borno, Italy) is not the state
      return unresolved(m, "'" + m.name() + "' is written as a state; the gazetteer has no such division and its "
          + "namesakes lie outside the story's countries (" + String.join(" ", countries) + "); kept as written");
    }
    Map<String, String> divisionsOfOthers = new TreeMap<>();
    for (ResolvedPlace o : others) {
      if (o.entry().isEmpty() || Gazetteer.key(o.mention().name()).equals(key)) {
        continue;
      }
      GazetteerEntry e = o.entry().get();
      countries.add(e.country());
      if (e.type() != GeoType.COUNTRY) {
        divisionsOfOthers.putIfAbsent(e.country() + "." + e.admin1(), o.mention().name());
      }
    }
    Optional<GazetteerEntry> usual = gazetteer.alias(m.name());
    String nerType = m.source().startsWith("ner ") ? m.source().substring(4) : "";
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (GazetteerEntry c : candidates) {
      List<String> why = new ArrayList<>(4);
      double score = prominence(c, why);
      if (usual.isPresent() && usual.get() == c) {
        score += USUAL_SENSE;
        why.add("the usual sense of '" + m.name() + "' (alternate-names.tsv) +" + USUAL_SENSE);
      }
      if (countries.contains(c.country())) {
        score += STORY_COUNTRY;
        why.add("in a country of the story +" + STORY_COUNTRY);
      }
      String other = c.type() == GeoType.COUNTRY ? null : divisionsOfOthers.get(c.country() + "." + c.admin1());
      if (other != null) {
        score += SAME_DIVISION;
        why.add("'" + other + "' of the story lies in the same division +" + SAME_DIVISION);
      }
      if (nerType.equals("CITY") && c.type() == GeoType.CITY
          || nerType.equals("STATE_OR_PROVINCE") && c.type() == GeoType.ADMIN1
          || nerType.equals("COUNTRY") && c.type() == GeoType.COUNTRY) {
        score += NER_TYPE;
        why.add("NER says " + nerType + " +" + NER_TYPE);
      }
      scored.add(new Scored(c, score, why));
    }
    // Candidates arrive in the gazetteer's order (countries, divisions, places by population): a stable sort keeps
    // it for ties.
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    Scored best = scored.get(0);
    if (!countries.isEmpty() && m.qualifier().isEmpty()
        && candidates.stream().noneMatch(c -> countries.contains(c.country())) && best.entry().type() == GeoType.CITY && !best.entry().isCapital()
        && (best.entry().population() < SMALL_NAMESAKE || best.entry().population() < COMMON_NAME_TOWN
        && candidates.stream().map(GazetteerEntry::country).distinct().count() > 1) && usual.isEmpty()) {
      // "near the border town of Sao Domingos" in a story about Guinea-Bissau and Senegal: the gazetteer's only
      // namesakes are small towns in other countries (its towns have at least 1,000 people); the one meant is likely
      // one it lacks. So with a name that towns of several other countries bear ("near the Miraflores palace" in a
      // story from Caracas: towns in Mexico, Colombia and Peru)
      return unresolved(m, "'" + m.name() + "': the gazetteer's namesakes are small places outside the story's "
          + "countries (" + String.join(" ", countries) + "), best " + best.entry().describe()
          + "; kept as written");
    }
    StringBuilder reason = new StringBuilder();
    reason.append("'").append(m.name()).append("' -> ").append(best.entry().describe()).append(": ");
    if (!narrowed.isEmpty()) {
      reason.append(String.join(", ", narrowed)).append("; ");
    }
    reason.append(String.join(", ", best.why())).append(String.format(Locale.ROOT, " = %.1f", best.score()));
    if (scored.size() > 1) {
      reason.append(String.format(Locale.ROOT, "; next best %s %.1f", scored.get(1).entry().describe(),
          scored.get(1).score()));
    }
    if (!countries.isEmpty()) {
      reason.append("; story countries ").append(String.join(" ", countries));
    }
    List<String> alternatives = scored.stream().skip(1).limit(MAX_ALTERNATIVES)
        .map(s -> s.entry().describe()).toList();
    GazetteerEntry e = best.entry();
    Optional<String> admin1 = e.type() == GeoType.COUNTRY ? Optional.empty() : Optional.of(
        gazetteer.admin1(e.country(), e.admin1()).map(GazetteerEntry::name).orElse(e.admin1()));
    Place place = new Place(e.name(), e.type(), Optional.of(e.country()), admin1, finite(e.lat()), finite(e.lon()),
        e.geonamesId(), Optional.of(m.span()), reason.toString(), alternatives);
    return new ResolvedPlace(m, place, Optional.of(e));
  }

  private static Optional<Double> finite(double d) {
    return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
  }

  private static double prominence(GazetteerEntry c, List<String> why) {
    switch (c.type()) {
      case COUNTRY -> {
        why.add("country " + COUNTRY);
        return COUNTRY;
      }
      case ADMIN1 -> {
        why.add("first-order division " + DIVISION);
        return DIVISION;
      }
      default -> {
        double p = Math.log10(Math.max(c.population(), 1));
        why.add(String.format(Locale.ROOT, "population %,d %.1f", c.population(), p));
        if (c.isCapital()) {
          why.add("national capital +" + CAPITAL);
          return p + CAPITAL;
        }
        if (c.featureCode().equals("PPLA")) {
          why.add("seat of a first-order division +" + SEAT);
          return p + SEAT;
        }
        if (c.featureCode().equals("PPLA2")) {
          why.add("seat of a second-order division +" + SEAT2);
          return p + SEAT2;
        }
        return p;
      }
    }
  }

  static ResolvedPlace unresolved(PlaceMention m, String reason) {
    Place place = new Place(m.name(), GeoType.UNRESOLVED, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(m.span()), reason, List.of());
    return new ResolvedPlace(m, place, Optional.empty());
  }
}
