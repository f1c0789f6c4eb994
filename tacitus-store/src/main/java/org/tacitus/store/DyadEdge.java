package org.tacitus.store;

import java.util.Objects;

/** Events from one actor to another (full codes): how many, and the mean Goldstein score. */
public record DyadEdge(String source, String target, long events, double goldsteinMean) {

  public DyadEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
  }
}
