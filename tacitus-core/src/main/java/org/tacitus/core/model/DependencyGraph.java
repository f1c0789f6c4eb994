package org.tacitus.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dependency edges of one sentence, indexed by governor and by dependent. Immutable; safe to share between
 * threads. A token may have several governors (enhanced dependencies do that for shared subjects and conjuncts).
 */
public final class DependencyGraph {

  private final List<Dependency> edges;
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;
  private final List<Integer> roots;

  public DependencyGraph(int tokenCount, List<Dependency> edges) {
    this.edges = List.copyOf(edges);
    List<List<Dependency>> o = new ArrayList<>(tokenCount);
    List<List<Dependency>> i = new ArrayList<>(tokenCount);
    for (int t = 0; t < tokenCount; t++) {
      o.add(new ArrayList<>());
      i.add(new ArrayList<>());
    }
    List<Integer> r = new ArrayList<>();
    for (Dependency d : this.edges) {
      if (d.dependent() < 0 || d.dependent() >= tokenCount || d.governor() >= tokenCount) {
        throw new IllegalArgumentException("dependency " + d + " outside a sentence of " + tokenCount + " tokens");
      }
      if (d.governor() == Dependency.ROOT) {
        r.add(d.dependent());
      } else {
        o.get(d.governor()).add(d);
      }
      i.get(d.dependent()).add(d);
    }
    this.out = o.stream().map(Collections::unmodifiableList).toList();
    this.in = i.stream().map(Collections::unmodifiableList).toList();
    this.roots = List.copyOf(r);
  }

  public List<Dependency> edges() {
    return edges;
  }

  /** Edges whose governor is {@code token}. */
  public List<Dependency> children(int token) {
    return out.get(token);
  }

  /** Edges whose dependent is {@code token}. */
  public List<Dependency> parents(int token) {
    return in.get(token);
  }

  public List<Integer> roots() {
    return roots;
  }

  /** Dependents of {@code token} whose relation is {@code relation} or starts with {@code relation + ":"}. */
  public List<Integer> children(int token, String relation) {
    List<Integer> result = new ArrayList<>(2);
    for (Dependency d : out.get(token)) {
      if (d.isA(relation)) {
        result.add(d.dependent());
      }
    }
    return result;
  }

  /** Governors of {@code token} through {@code relation} (or any of its subtypes). */
  public List<Integer> parents(int token, String relation) {
    List<Integer> result = new ArrayList<>(2);
    for (Dependency d : in.get(token)) {
      if (d.governor() >= 0 && (d.isA(relation))) {
        result.add(d.governor());
      }
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DependencyGraph g && g.edges.equals(edges);
  }

  @Override
  public int hashCode() {
    return edges.hashCode();
  }

  @Override
  public String toString() {
    return edges.toString();
  }
}
