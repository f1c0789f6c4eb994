package org.tacitus.app.eval;

import java.util.Objects;

/** How codes are compared in evaluations. */
final class Codes {

  private Codes() {
  }

  /** A CAMEO code in its three- or four-digit form: a two-digit root "04" becomes "040"; null and "" give null. */
  static String normalise(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip();
    if (c.isEmpty()) {
      return null;
    }
    if (c.matches("\\d{2}")) {
      return c + "0";
    }
    if (c.matches("\\d{3,4}")) {
      return c;
    }
    throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
  }

  /** The two-digit root of a normalised code. */
  static String root(String code) {
    return code == null ? null : code.substring(0, 2);
  }

  /** The first three letters of an actor code, the "country" level; null stays null. */
  static String country(String actor) {
    return actor == null || actor.length() <= 3 ? actor : actor.substring(0, 3);
  }

  /** An actor code as gold gives it, with "" read as no actor. */
  static String actor(String code) {
    return code == null || code.isBlank() ? null : code.strip();
  }

  static boolean sameCountry(String a, String b) {
    return Objects.equals(country(a), country(b));
  }
}
