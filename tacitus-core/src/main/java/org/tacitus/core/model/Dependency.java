package org.tacitus.core.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names, as CoreNLP writes
 * them, e.g. {@code nsubj}, {@code obj}, {@code obl:with}, {@code nsubj:xsubj}).
 *
 * @param governor index of the head token, or {@code -1} for the root
 * @param dependent index of the dependent token
 * @param relation relation name, with its specific part after a colon where there is one
 */
public record Dependency(int governor, int dependent, String relation) {

  public static final int ROOT = -1;

  /** The relation without its specific part: {@code obl} for {@code obl:with}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** Whether the relation is {@code rel} or one of its subtypes ({@code obl:with} is an {@code obl}), without copying. */
  public boolean isA(String rel) {
    return relation.equals(rel) || relation.length() > rel.length() && relation.charAt(rel.length()) == ':'
        && relation.startsWith(rel);
  }

  /** The specific part of the relation ({@code with} for {@code obl:with}), or empty. */
  public String specific() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
