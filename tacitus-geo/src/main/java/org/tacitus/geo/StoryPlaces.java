package org.tacitus.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The places of one article: every place name resolved, in text order, and the story's own place.
 *
 * @param places every place name found (including the names the coder read as actors, marked so)
 * @param dateline the dateline's place ("MOSCOW, Nov 3 -"), when the story has one
 * @param focus the story's place when no sentence names one: the dateline, else the first resolved place written
 *     with a preposition of location
 */
public record StoryPlaces(List<ResolvedPlace> places, Optional<ResolvedPlace> dateline,
    Optional<ResolvedPlace> focus) {

  public StoryPlaces {
    places = List.copyOf(places);
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(focus, "focus");
  }
}
