package org.tacitus.coder.dict;

/** How a frame word presents the act it governs (see {@code frames.tsv}). */
public enum Frame {
  INTENT, APPEAL, DEMAND, REJECT, THREATEN, CANCEL, ASPECT, SUPPORT, REPORT;

  /** True for the frames that change an act's code (CANCEL changes it to none: the act is not coded). */
  public boolean recodes() {
    return this == INTENT || this == APPEAL || this == DEMAND || this == REJECT || this == THREATEN
        || this == CANCEL;
  }

  /** True for frames that pass the act through unchanged. */
  public boolean transparent() {
    return this == ASPECT || this == SUPPORT;
  }
}
