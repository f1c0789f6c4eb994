package org.tacitus.core.cameo;

import java.util.Objects;

/**
 * One CAMEO event code.
 *
 * @param code two, three or four digits ("04", "043", "0332"); root codes are written with three digits ("040")
 *     in event data, and this record keeps the form the codebook uses
 * @param name the codebook's short name
 * @param goldstein the Goldstein conflict-cooperation score, -10 to +10
 */
public record CameoCode(String code, String name, double goldstein) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("\\d{3,4}")) {
      throw new IllegalArgumentException("CAMEO code '" + code + "' is not three or four digits");
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value " + goldstein + " of " + code + " outside [-10, 10]");
    }
  }

  /** The two-digit root family ("03" for "0332"). */
  public String root() {
    return code.substring(0, 2);
  }

  public QuadClass quadClass() {
    return QuadClass.ofRoot(root());
  }

  /** True for the root code of a family ("030"). */
  public boolean isRoot() {
    return code.length() == 3 && code.endsWith("0");
  }
}
