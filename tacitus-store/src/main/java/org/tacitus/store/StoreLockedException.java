package org.tacitus.store;

import java.nio.file.Path;

/** The database file is held by another process (DuckDB allows one writer process per file). */
public final class StoreLockedException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public StoreLockedException(Path file, Throwable cause) {
    super("event database " + file + " is locked by another process (" + firstLine(cause.getMessage())
        + "); stop that process (another 'tacitus code --db' or a DuckDB shell) or use another file, then retry",
        cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no detail";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
