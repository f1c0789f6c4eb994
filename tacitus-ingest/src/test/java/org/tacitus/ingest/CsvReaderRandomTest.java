package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

/**
 * Random mixtures of good and broken CSV rows: every good row comes out unchanged and in order, every broken one is
 * reported at its row with its reason. Seeded: a failure prints the seed; rerun with {@code -Dtests.seed=N}.
 */
class CsvReaderRandomTest {

  private static final String[] PIECES = {"a", "Kenya", " ", ",", "\"", "\"\"", "\n", "\r\n", "\t", "\u00e9",
      "\u2019", "\uD83C\uDF0D", ";", "Addis Ababa", "0"};

  @TempDir
  Path dir;

  private enum Kind { GOOD, NO_TEXT, EMPTY_TEXT, BAD_DATE }

  private record Expected(int row, Kind kind, Article article) {
  }

  @Test
  void goodRowsComeThroughAndBrokenOnesAreReportedAtTheirRow() throws IOException {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      check(random, round, "seed " + seed + ", round " + round);
    }
  }

  private void check(Random random, int round, String what) throws IOException {
    Path file = dir.resolve("r" + round + ".csv");
    // the text column is last, so a row cut short has no text
    StringBuilder csv = new StringBuilder("id,title,date,text\n");
    List<Expected> expected = new ArrayList<>();
    int rows = 1 + random.nextInt(30);
    for (int i = 0; i < rows; i++) {
      int row = i + 2;
      Kind kind = random.nextInt(2) == 0 ? Kind.GOOD : Kind.values()[random.nextInt(Kind.values().length)];
      String id = random.nextInt(4) == 0 ? "" : "doc" + row;
      String title = random.nextBoolean() ? "" : "Title " + randomText(random).strip();
      LocalDate date = random.nextBoolean() ? null
          : LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String text = "x" + randomText(random);
      String dateField = date == null ? "" : date.toString();
      switch (kind) {
        case GOOD -> csv.append(quote(id)).append(',').append(quote(title)).append(',').append(dateField)
            .append(',').append(quote(text));
        case NO_TEXT -> csv.append(quote(id)).append(',').append(quote(title)).append(',').append(dateField);
        case EMPTY_TEXT -> csv.append(quote(id)).append(',').append(quote(title)).append(',').append(dateField)
            .append(',').append(random.nextBoolean() ? "" : "\" \n \"");
        case BAD_DATE -> csv.append(quote(id)).append(',').append(quote(title)).append(',')
            .append(random.nextBoolean() ? "2020-13-01" : "yesterday").append(',').append(quote(text));
        default -> throw new AssertionError(kind);
      }
      if (i < rows - 1 || random.nextBoolean()) {
        csv.append(random.nextInt(3) == 0 ? "\r\n" : "\n");
      }
      Article a = kind == Kind.GOOD ? new Article(id.isBlank() ? "r" + round + "-" + row : id.strip(), text,
          title.isBlank() ? Optional.empty() : Optional.of(title.strip()), Optional.ofNullable(date),
          Optional.empty(), file + ":" + row) : null;
      expected.add(new Expected(row, kind, a));
    }
    Files.writeString(file, csv);

    List<ReadResult> all = ReadAll.of(new CsvReader(file));
    assertThat(all).as(what).hasSize(expected.size());
    for (int i = 0; i < all.size(); i++) {
      Expected e = expected.get(i);
      ReadResult r = all.get(i);
      assertThat(r.origin()).as(what).isEqualTo(file + ":" + e.row());
      if (e.kind() == Kind.GOOD) {
        assertThat(r).as(what).isEqualTo(new ReadResult.Ok(e.article()));
      } else {
        assertThat(r).as(what + ", row " + e.row()).isInstanceOfSatisfying(RecordError.class,
            err -> assertThat(err.reason()).as(what + ", row " + e.row()).isEqualTo(switch (e.kind()) {
              case NO_TEXT -> RecordError.NO_TEXT;
              case EMPTY_TEXT -> RecordError.EMPTY_TEXT;
              case BAD_DATE -> RecordError.BAD_DATE;
              default -> throw new AssertionError(e.kind());
            }));
      }
    }
  }

  /** RFC 4180 quoting, whether or not the field needs it. */
  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }
}
