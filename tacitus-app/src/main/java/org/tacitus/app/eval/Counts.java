package org.tacitus.app.eval;

import java.util.OptionalDouble;

/**
 * Match counts at one level (or for one root), and the measures from them. A measure whose denominator is zero is
 * undefined (empty), not zero.
 *
 * @param gold gold events
 * @param predicted predicted events
 * @param matched pairs of a gold and a predicted event (true positives)
 */
public record Counts(int gold, int predicted, int matched) {

  public static final Counts NONE = new Counts(0, 0, 0);

  public Counts {
    if (matched > gold || matched > predicted || matched < 0) {
      throw new IllegalArgumentException("matched " + matched + " of " + gold + " gold and " + predicted
          + " predicted");
    }
  }

  public int falsePositives() {
    return predicted - matched;
  }

  public int falseNegatives() {
    return gold - matched;
  }

  /** matched / predicted. */
  public OptionalDouble precision() {
    return predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / predicted);
  }

  /** matched / gold. */
  public OptionalDouble recall() {
    return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / gold);
  }

  /** The harmonic mean of precision and recall; 0 when both are 0, undefined when either is. */
  public OptionalDouble f1() {
    OptionalDouble p = precision();
    OptionalDouble r = recall();
    if (p.isEmpty() || r.isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = p.getAsDouble() + r.getAsDouble();
    return OptionalDouble.of(sum == 0 ? 0 : 2 * p.getAsDouble() * r.getAsDouble() / sum);
  }
}
