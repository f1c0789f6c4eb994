package org.tacitus.app.format;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One row of an event layout: the event that stands for the row, the sightings the row carries, and GDELT's three
 * counts. docs/FORMATS.md ("Counts and the one-a-day filter") defines them.
 *
 * @param first the sighting that stands for the row (its event, article and id are the row's)
 * @param sightings every sighting merged into this row, {@code first} first: only {@code first} without a filter;
 *     with {@code --dedup daily}, every event of the same day, source, target and code
 * @param numMentions GDELT's NumMentions
 * @param numSources GDELT's NumSources: distinct publishers ({@link Sighting#publisher()})
 * @param numArticles GDELT's NumArticles: distinct articles
 */
public record EventRow(Sighting first, List<Sighting> sightings, int numMentions, int numSources, int numArticles) {

  public EventRow {
    Objects.requireNonNull(first, "first");
    sightings = List.copyOf(sightings);
    if (sightings.isEmpty() || sightings.get(0) != first) {
      throw new IllegalArgumentException("the sightings of a row start with its first");
    }
  }

  /** The article ids of the sightings, each once, in order. */
  public List<String> docIds() {
    return distinct(sightings.stream().map(Sighting::docId).toList());
  }

  /** The URLs of the sightings' articles, each once, in order; articles without a URL add none. */
  public List<String> urls() {
    return distinct(sightings.stream().flatMap(s -> s.url().stream()).toList());
  }

  private static List<String> distinct(List<String> values) {
    Set<String> seen = new LinkedHashSet<>(values);
    return seen.stream().collect(Collectors.toUnmodifiableList());
  }
}
