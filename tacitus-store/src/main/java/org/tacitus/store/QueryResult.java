package org.tacitus.store;

import java.util.List;

/**
 * The result of a read-only SQL query.
 *
 * @param columns column names in order
 * @param rows the rows, each a list of JDBC values (String, Long, Double, LocalDate ... or null)
 * @param truncated true when the query had more rows than were asked for
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

  public QueryResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
