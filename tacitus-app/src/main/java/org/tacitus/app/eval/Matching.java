package org.tacitus.app.eval;

import java.util.Arrays;

/**
 * A maximum one-to-one matching between gold and predicted items (Kuhn's augmenting paths), so that each gold item
 * matches at most one predicted item and the number of matches is as large as it can be. Gold items are tried in
 * order and a matched one stays matched, so items placed first (required ones) are served first.
 */
final class Matching {

  /** Whether gold item {@code g} may match predicted item {@code p}. */
  @FunctionalInterface
  interface Fits {

    boolean test(int g, int p);
  }

  private Matching() {
  }

  /** For each gold item, the index of its predicted item, or -1. */
  static int[] match(int gold, int predicted, Fits fits) {
    int[] goldOf = new int[predicted];
    Arrays.fill(goldOf, -1);
    for (int g = 0; g < gold; g++) {
      augment(g, new boolean[predicted], goldOf, fits);
    }
    int[] predictedOf = new int[gold];
    Arrays.fill(predictedOf, -1);
    for (int p = 0; p < predicted; p++) {
      if (goldOf[p] >= 0) {
        predictedOf[goldOf[p]] = p;
      }
    }
    return predictedOf;
  }

  private static boolean augment(int g, boolean[] seen, int[] goldOf, Fits fits) {
    for (int p = 0; p < goldOf.length; p++) {
      if (!seen[p] && fits.test(g, p)) {
        seen[p] = true;
        if (goldOf[p] < 0 || augment(goldOf[p], seen, goldOf, fits)) {
          goldOf[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  /** The number of matched gold items. */
  static int size(int[] predictedOf) {
    return (int) Arrays.stream(predictedOf).filter(p -> p >= 0).count();
  }
}
