package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

/**
 * Random mixtures of good and broken lines: every good line comes out unchanged and in order, every broken one is
 * reported at its line with its reason. Seeded: a failure prints the seed; rerun with {@code -Dtests.seed=N}.
 */
class JsonlReaderRandomTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] PIECES = {"a", "Kenya", " ", "  ", "\"", "\\", "\n", "\t", "\u00e9", "\u2019",
      "\u2028", "\uD83C\uDF0D", "{", "}", "[", ",", ":", "\u0000", "\r", "Addis Ababa", "null", "0"};

  @TempDir
  Path dir;

  private enum Kind { GOOD, BLANK, NOT_JSON, NOT_OBJECT, NO_TEXT, TEXT_NUMBER, BAD_DATE, EMPTY_TEXT, BAD_UTF8 }

  private record Expected(int line, Kind kind, Article article) {
  }

  @Test
  void goodLinesComeThroughAndBrokenOnesAreReportedAtTheirLine() throws IOException {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      check(random, round, "seed " + seed + ", round " + round);
    }
  }

  private void check(Random random, int round, String what) throws IOException {
    Path file = dir.resolve("r" + round + ".jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Expected> expected = new ArrayList<>();
    int lines = 1 + random.nextInt(30);
    if (random.nextInt(5) == 0) {
      bytes.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
    }
    for (int line = 1; line <= lines; line++) {
      Kind kind = random.nextInt(2) == 0 ? Kind.GOOD : Kind.values()[random.nextInt(Kind.values().length)];
      String id = "doc" + line;
      String text = randomText(random);
      LocalDate date = random.nextBoolean() ? null : LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12),
          1 + random.nextInt(28));
      ObjectNode node = JSON.createObjectNode();
      if (random.nextBoolean()) {
        node.put("lang", "en");
      }
      node.put("id", id);
      node.put("text", text);
      if (date != null) {
        node.put("date", date.toString());
      } else if (random.nextBoolean()) {
        node.putNull("date");
      }
      byte[] content;
      switch (kind) {
        case GOOD -> content = utf8(JSON.writeValueAsString(node));
        case BLANK -> content = utf8(random.nextBoolean() ? "" : " \t ");
        case NOT_JSON -> content = utf8(JSON.writeValueAsString(node).substring(0, 5 + random.nextInt(5)));
        case NOT_OBJECT -> content = utf8("[" + JSON.writeValueAsString(node) + "]");
        case NO_TEXT -> {
          node.remove("text");
          content = utf8(JSON.writeValueAsString(node));
        }
        case TEXT_NUMBER -> {
          node.put("text", random.nextInt());
          content = utf8(JSON.writeValueAsString(node));
        }
        case BAD_DATE -> {
          node.put("date", random.nextBoolean() ? "2020-13-01" : "yesterday");
          content = utf8(JSON.writeValueAsString(node));
        }
        case EMPTY_TEXT -> {
          node.put("text", random.nextBoolean() ? "" : " \n ");
          content = utf8(JSON.writeValueAsString(node));
        }
        case BAD_UTF8 -> {
          byte[] good = utf8(JSON.writeValueAsString(node));
          int at = 1 + random.nextInt(good.length - 1);
          byte[] bad = random.nextBoolean() ? new byte[] {(byte) 0xFF} : new byte[] {(byte) 0xC3, 'x'};
          content = JsonlReaderTest.concat(java.util.Arrays.copyOf(good, at), bad,
              java.util.Arrays.copyOfRange(good, at, good.length));
        }
        default -> throw new AssertionError(kind);
      }
      bytes.writeBytes(content);
      if (line < lines || random.nextBoolean()) {
        bytes.writeBytes(utf8(random.nextInt(3) == 0 ? "\r\n" : "\n"));
      }
      if (kind != Kind.BLANK) {
        Article a = kind == Kind.GOOD ? new Article(id, text, java.util.Optional.empty(),
            java.util.Optional.ofNullable(date), java.util.Optional.empty(), file + ":" + line) : null;
        expected.add(new Expected(line, kind, a));
      }
    }
    Files.write(file, bytes.toByteArray());

    List<ReadResult> all = ReadAll.of(new JsonlReader(file));
    if (expected.isEmpty()) {
      assertThat(all).as(what).singleElement().isInstanceOfSatisfying(RecordError.class,
          e -> assertThat(e.reason()).isEqualTo(RecordError.EMPTY_FILE));
      return;
    }
    assertThat(all).as(what).hasSize(expected.size());
    for (int i = 0; i < all.size(); i++) {
      Expected e = expected.get(i);
      ReadResult r = all.get(i);
      assertThat(r.origin()).as(what).isEqualTo(file + ":" + e.line());
      if (e.kind() == Kind.GOOD) {
        assertThat(r).as(what).isEqualTo(new ReadResult.Ok(e.article()));
      } else {
        assertThat(r).as(what + ", line " + e.line()).isInstanceOf(RecordError.class);
        assertThat(((RecordError) r).reason()).as(what + ", line " + e.line()).isEqualTo(reasonOf(e.kind()));
      }
    }
  }

  private static String reasonOf(Kind kind) {
    return switch (kind) {
      case NOT_JSON -> RecordError.NOT_JSON;
      case NOT_OBJECT -> RecordError.NOT_OBJECT;
      case NO_TEXT -> RecordError.NO_TEXT;
      case TEXT_NUMBER -> RecordError.TEXT_NOT_STRING;
      case BAD_DATE -> RecordError.BAD_DATE;
      case EMPTY_TEXT -> RecordError.EMPTY_TEXT;
      case BAD_UTF8 -> RecordError.INVALID_UTF8;
      default -> throw new AssertionError(kind);
    };
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder("x");
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
