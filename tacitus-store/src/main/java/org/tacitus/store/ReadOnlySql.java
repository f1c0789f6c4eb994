package org.tacitus.store;

import java.util.Locale;
import java.util.Set;

/**
 * The check that a user's SQL is one read-only statement: it must start with a reading keyword and hold no second
 * statement. The store also runs it in a transaction that is always rolled back, so a write that slips past this
 * check (say {@code EXPLAIN ANALYZE DELETE ...}) changes nothing.
 */
final class ReadOnlySql {

  static final Set<String> ALLOWED =
      Set.of("SELECT", "WITH", "SHOW", "DESCRIBE", "EXPLAIN", "FROM", "SUMMARIZE", "VALUES", "TABLE");

  private ReadOnlySql() {
  }

  /** Throws {@link IllegalArgumentException} naming the problem when {@code sql} is not one reading statement. */
  static void check(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("empty SQL; write a query such as: SELECT code, count(*) FROM events GROUP BY 1");
    }
    String keyword = firstKeyword(sql);
    if (!ALLOWED.contains(keyword)) {
      throw new IllegalArgumentException("only read-only queries are allowed; '" + excerpt(sql) + "' starts with "
          + (keyword.isEmpty() ? "no keyword" : keyword) + ", expected one of SELECT, WITH, SHOW, DESCRIBE, EXPLAIN"
          + " (also FROM, SUMMARIZE, VALUES, TABLE)");
    }
    int semicolon = statementEnd(sql);
    if (semicolon >= 0) {
      throw new IllegalArgumentException("one statement at a time; '" + excerpt(sql) + "' has more after the ';' at"
          + " character " + semicolon);
    }
  }

  /** The first word outside comments and opening parentheses, upper case; "" when there is none. */
  static String firstKeyword(String sql) {
    int i = skipSpaceAndComments(sql, 0);
    while (i < sql.length() && sql.charAt(i) == '(') {
      i = skipSpaceAndComments(sql, i + 1);
    }
    int start = i;
    while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }

  /** The index of a ';' that is followed by more than space and comments, or -1. Strings and quotes are skipped. */
  static int statementEnd(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int close = sql.indexOf(c, i + 1);
        // a doubled quote inside a literal is two adjacent literals to this scan, which is fine
        i = close < 0 ? n : close + 1;
      } else if (afterComment(sql, i) >= 0) {
        i = afterComment(sql, i);
      } else if (c == ';') {
        int rest = skipSpaceAndComments(sql, i + 1);
        if (rest < n && sql.charAt(rest) != ';') {
          return i;
        }
        i++;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Where a line or block comment starting at {@code i} ends (the end of the text if unclosed), or -1. */
  private static int afterComment(String sql, int i) {
    int n = sql.length();
    if (i + 1 >= n) {
      return -1;
    }
    if (sql.charAt(i) == '-' && sql.charAt(i + 1) == '-') {
      int nl = sql.indexOf('\n', i);
      return nl < 0 ? n : nl + 1;
    }
    if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? n : close + 2;
    }
    return -1;
  }

  private static int skipSpaceAndComments(String sql, int from) {
    int i = from;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (afterComment(sql, i) >= 0) {
        i = afterComment(sql, i);
      } else {
        break;
      }
    }
    return i;
  }

  private static String excerpt(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
