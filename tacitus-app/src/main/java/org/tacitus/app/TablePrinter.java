package org.tacitus.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints query results as an aligned text table, CSV (commons-csv) or JSON (Jackson). */
final class TablePrinter {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TablePrinter() {
  }

  static void print(String format, List<String> columns, List<List<Object>> rows, PrintWriter out)
      throws IOException {
    switch (format) {
      case "csv" -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new))
            .get());
        for (List<Object> row : rows) {
          csv.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        csv.flush();
      }
      case "json" -> {
        ArrayNode array = JSON.createArrayNode();
        for (List<Object> row : rows) {
          ObjectNode o = array.addObject();
          for (int i = 0; i < columns.size(); i++) {
            o.set(columns.get(i), JSON.valueToTree(row.get(i) == null ? null : jsonValue(row.get(i))));
          }
        }
        out.println(JSON.writeValueAsString(array));
      }
      default -> table(columns, rows, out);
    }
    out.flush();
  }

  private static Object jsonValue(Object v) {
    return v instanceof Number || v instanceof Boolean ? v : v.toString();
  }

  private static void table(List<String> columns, List<List<Object>> rows, PrintWriter out) {
    int[] width = new int[columns.size()];
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      width[i] = columns.get(i).length();
    }
    for (List<Object> row : rows) {
      List<String> c = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Object v = row.get(i);
        String s = v == null ? "" : v instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d)
            : v.toString().replace('\n', ' ');
        if (s.length() > 80) {
          s = s.substring(0, 77) + "...";
        }
        c.add(s);
        width[i] = Math.max(width[i], s.length());
      }
      cells.add(c);
    }
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      head.append(String.format("%-" + width[i] + "s  ", columns.get(i)));
    }
    out.println(head.toString().stripTrailing());
    for (List<String> c : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < c.size(); i++) {
        line.append(String.format("%-" + width[i] + "s  ", c.get(i)));
      }
      out.println(line.toString().stripTrailing());
    }
    if (rows.isEmpty()) {
      out.println("(no rows)");
    }
  }
}
