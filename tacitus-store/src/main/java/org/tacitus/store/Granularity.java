package org.tacitus.store;

/** The length of the periods of a time series; each period is named by its first day. */
public enum Granularity {
  /** Calendar days. */
  DAY("day"),
  /** ISO weeks, Monday to Sunday. */
  WEEK("week"),
  /** Calendar months. */
  MONTH("month");

  private final String datePart;

  Granularity(String datePart) {
    this.datePart = datePart;
  }

  /** The part name DuckDB's {@code date_trunc} takes. */
  String datePart() {
    return datePart;
  }
}
