package org.tacitus.core.cameo;

/**
 * GDELT's four-way grouping of CAMEO roots (GDELT 2.0 Event Codebook, "QuadClass"): 01-05 verbal cooperation, 06-09
 * material cooperation, 10-14 verbal conflict, 15-20 material conflict.
 */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  /** The number GDELT writes (1 to 4). */
  public int number() {
    return number;
  }

  /** The class of a two-digit root, "01" to "20". */
  public static QuadClass ofRoot(String root) {
    int r;
    try {
      r = Integer.parseInt(root);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("CAMEO root '" + root + "' is not a number from 01 to 20", e);
    }
    if (r >= 1 && r <= 5) {
      return VERBAL_COOPERATION;
    } else if (r >= 6 && r <= 9) {
      return MATERIAL_COOPERATION;
    } else if (r >= 10 && r <= 14) {
      return VERBAL_CONFLICT;
    } else if (r >= 15 && r <= 20) {
      return MATERIAL_CONFLICT;
    }
    throw new IllegalArgumentException("CAMEO root '" + root + "' is outside 01..20");
  }
}
