package org.tacitus.app.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One hand-coded event of the seed article.
 *
 * @param number its place in the gold file, from 1
 * @param evidence words of the article that carry the event
 * @param source source actor code (country or organisation)
 * @param sourceSector the source's sector, when the text gives one
 * @param target target actor code, or null
 * @param targetSector the target's sector, or null
 * @param code the best CAMEO code
 * @param accept other codes a careful coder would also accept
 * @param required true for events that are clear in the text; optional ones are neither required nor penalised
 */
public record SeedEvent(int number, String evidence, String source, String sourceSector, String target,
    String targetSector, String code, List<String> accept, boolean required) {

  public SeedEvent {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(source, "source");
    code = Codes.normalise(Objects.requireNonNull(code, "code"));
    accept = accept.stream().map(Codes::normalise).toList();
  }

  /** The code and the accepted alternatives. */
  public Set<String> codes() {
    Set<String> s = new LinkedHashSet<>();
    s.add(code);
    s.addAll(accept);
    return s;
  }

  /** {@code #3 RUSGOV -> PAKGOV 040 (or 043, 046): "joint news conference ..."}. */
  public String describe() {
    return "#" + number + " " + source + Objects.requireNonNullElse(sourceSector, "") + " -> "
        + (target == null ? "-" : target + Objects.requireNonNullElse(targetSector, "")) + " " + code
        + (accept.isEmpty() ? "" : " (or " + String.join(", ", accept) + ")") + ": \"" + evidence + "\"";
  }
}
