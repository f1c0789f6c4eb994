package org.tacitus.core.model;

import java.util.Locale;

/** How the text presents an event. */
public enum Modality {
  /** Reported as having happened or happening. */
  ASSERTED,
  /** An intention, plan, promise or agreement to act (coded in CAMEO's 03x "express intent" family). */
  INTENT,
  /** Stated as not happening, or refused. */
  NEGATED,
  /** Under a condition ("if ..."). */
  CONDITIONAL,
  /** Possible, hoped for or asked about ("could", "may", "might"). */
  HYPOTHETICAL;

  /** Lower-case name as written in outputs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
