package org.tacitus.coder.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of one dictionary file, with its name (for error messages) and its SHA-256 (for provenance).
 *
 * @param name file name as shown in messages ("cameo-verbs.txt" or a path)
 * @param lines the lines, without line ends
 * @param sha256 hex SHA-256 of the bytes
 */
public record DictionaryText(String name, List<String> lines, String sha256) {

  public DictionaryText {
    lines = List.copyOf(lines);
  }

  /** Reads a resource that sits next to {@code anchor}. */
  public static DictionaryText resource(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("dictionary resource " + resource + " is missing from the jar of "
            + anchor.getName());
      }
      return of(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary resource " + resource, e);
    }
  }

  public static DictionaryText file(Path path) throws IOException {
    return of(path.toString(), Files.readAllBytes(path));
  }

  static DictionaryText of(String name, byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new DictionaryException(name, 1, 1, null, "not valid UTF-8 (" + e.getMessage()
          + "); save the file as UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new DictionaryText(name, text.lines().toList(), sha256(bytes));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** A parse error at {@code line} (1-based) and {@code column} (1-based). */
  public DictionaryException error(int line, int column, String message) {
    return new DictionaryException(name, line, column, line >= 1 && line <= lines.size() ? lines.get(line - 1)
        : null, message);
  }

  /**
   * One tab-separated row of a table file.
   *
   * @param line 1-based line number
   * @param cols the columns
   */
  public record Row(int line, String[] cols) {
  }

  /**
   * The rows of a tab-separated table, skipping blank and comment lines; a row with another number of columns than
   * {@code columns} is an error that shows {@code layout} ("CODE<TAB>KIND<TAB>PHRASE").
   */
  public List<Row> rows(int columns, String layout) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (skip(line)) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != columns) {
        throw error(i + 1, 1, "expected " + layout + " (" + columns + " tab-separated columns), found "
            + cols.length);
      }
      rows.add(new Row(i + 1, cols));
    }
    return rows;
  }

  /** True for lines the grammars skip: blank or starting with '#'. */
  public static boolean skip(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }
}
