package org.tacitus.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Reading nullable numeric columns of a JDBC result as {@code Optional}s, for the classes that read events back. */
final class ResultColumns {

  private ResultColumns() {
  }

  static Optional<Double> doubleAt(ResultSet rs, int col) throws SQLException {
    double v = rs.getDouble(col);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  static Optional<Long> longAt(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
