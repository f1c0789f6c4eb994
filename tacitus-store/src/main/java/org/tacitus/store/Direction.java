package org.tacitus.store;

/** Which events between two actors a dyad query counts. */
public enum Direction {
  /** Events from the first actor to the second only. */
  DIRECTED,
  /** Events from either actor to the other. */
  BOTH
}
