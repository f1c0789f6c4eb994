package org.tacitus.app.format;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** What the tab-separated layouts share: cleaning text for a cell, writing a row, the stable event id, numbers. */
final class Cells {

  private Cells() {
  }

  /**
   * Text made safe for a tab-separated cell that is read without quoting (as GDELT and Phoenix are): tabs, line
   * breaks and other control characters become spaces, and a double quote becomes an apostrophe, so that readers
   * that honour CSV quotes (DuckDB, pandas) do not join cells or rows. Null gives the empty cell.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        b.append(' ');
      } else if (c == '"') {
        b.append('\'');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The column names listed in a resource of this package, one a line, '#' lines being comments (the files cite
   * the codebook each list is taken from).
   */
  static List<String> columns(String resource) {
    try (java.io.InputStream in = Cells.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Writes one row: the cells, which must be clean, joined by tabs, and a newline. */
  static void row(Writer out, List<String> cells) throws IOException {
    out.write(String.join("\t", cells));
    out.write('\n');
  }

  /**
   * A stable, positive 64-bit id of an event: the first eight bytes (big-endian) of the SHA-256 of the document id,
   * the sentence index and the event's index among the article's events, separated by NUL characters, with the sign
   * bit cleared. The same article coded the same way gives the same id in every run; ids of different events
   * collide with a chance of about n²/2⁶⁴.
   */
  static long eventId(String docId, int sentence, int index) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    byte[] d = sha.digest((docId + "\0" + sentence + "\0" + index).getBytes(StandardCharsets.UTF_8));
    long id = 0;
    for (int i = 0; i < 8; i++) {
      id = (id << 8) | (d[i] & 0xff);
    }
    return id & Long.MAX_VALUE;
  }

  /** A Goldstein value as the data sets write it: no trailing zeros ("5.2", "-2", "0"). */
  static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A latitude or longitude as written: up to six decimals, no trailing zeros ("33.72", "-1.2921"). */
  static String coordinate(double degrees) {
    BigDecimal d = BigDecimal.valueOf(degrees).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
