package org.tacitus.geo;

import java.util.Objects;
import java.util.Optional;
import org.tacitus.core.model.Place;

/**
 * A place name of an article and the place it was resolved to.
 *
 * @param mention the name as found
 * @param place the place, with the reason and the alternatives (unresolved when the gazetteer does not know it)
 * @param entry the gazetteer entry chosen, when resolved
 */
public record ResolvedPlace(PlaceMention mention, Place place, Optional<GazetteerEntry> entry) {

  public ResolvedPlace {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(entry, "entry");
  }

  public boolean isResolved() {
    return entry.isPresent();
  }
}
