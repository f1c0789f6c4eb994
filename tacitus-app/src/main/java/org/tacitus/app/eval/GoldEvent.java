package org.tacitus.app.eval;

import java.util.List;
import java.util.Objects;

/**
 * One expected event of a gold record.
 *
 * @param source the source actor code, or null when the gold gives none
 * @param target the target actor code, or null
 * @param code the CAMEO code (three or four digits), or null when the gold gives only candidate roots
 * @param roots the two-digit roots the event may have: the code's root, or the gold's "cameo_roots"
 */
public record GoldEvent(String source, String target, String code, List<String> roots) {

  public GoldEvent {
    roots = List.copyOf(roots);
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("a gold event needs a code or at least one root");
    }
  }

  /** A gold event from the fields as a gold file writes them ("040" or "04"; "" for no actor). */
  public static GoldEvent of(String source, String target, String code, List<String> cameoRoots) {
    String c = Codes.normalise(code);
    List<String> roots = c != null ? List.of(Codes.root(c))
        : cameoRoots.stream().map(r -> Codes.root(Codes.normalise(r))).distinct().toList();
    return new GoldEvent(Codes.actor(source), Codes.actor(target), c, roots);
  }

  /** Root-only gold (no source, no target): it counts only at the "root_only" level. */
  public boolean actorless() {
    return source == null && target == null;
  }

  /** "BRA -> USA 031", "- -> - root 11", "BEN -> GHACVL root 07|12". */
  public String describe() {
    return Objects.requireNonNullElse(source, "-") + " -> " + Objects.requireNonNullElse(target, "-") + " "
        + (code != null && !actorless() ? code : "root " + String.join("|", roots));
  }
}
