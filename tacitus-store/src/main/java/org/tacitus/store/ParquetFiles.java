package org.tacitus.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Parquet files written by DuckDB's {@code COPY ... (FORMAT PARQUET)}: no Parquet is written by hand. */
public final class ParquetFiles {

  private ParquetFiles() {
  }

  /**
   * Writes the rows of a CSV file (RFC 4180, header row) as a Parquet file, each column typed as given.
   *
   * @param csv the CSV file
   * @param columns the header's column names, in order
   * @param types the DuckDB type of each column ({@code VARCHAR}, {@code INTEGER}, {@code DOUBLE}, {@code DATE} ...)
   * @param parquet the file to write (replaced if it exists)
   * @return the number of rows written
   */
  public static long fromCsv(Path csv, List<String> columns, List<String> types, Path parquet) {
    if (columns.size() != types.size()) {
      throw new IllegalArgumentException(columns.size() + " columns but " + types.size() + " types");
    }
    List<String> typed = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      typed.add(literal(columns.get(i)) + ": " + literal(types.get(i)));
    }
    String sql = "COPY (SELECT * FROM read_csv(" + literal(csv.toAbsolutePath().toString())
        + ", header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, columns = {"
        + String.join(", ", typed) + "})) TO " + literal(parquet.toAbsolutePath().toString())
        + " (FORMAT PARQUET, COMPRESSION ZSTD)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute(sql);
      return st.getUpdateCount();
    } catch (SQLException e) {
      throw new StoreException("cannot write Parquet file " + parquet + ": "
          + EventStore.firstLine(e.getMessage()), e);
    }
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
