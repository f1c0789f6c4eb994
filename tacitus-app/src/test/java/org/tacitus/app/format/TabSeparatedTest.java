package org.tacitus.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The shape of each layout's rows, whatever the text holds. */
class TabSeparatedTest {

  private static List<String> lines(String written) {
    assertThat(written).endsWith("\n");
    return Arrays.asList(written.substring(0, written.length() - 1).split("\n", -1));
  }

  @Test
  void gdeltHasTheCodebooks61ColumnsInEveryRow() throws IOException {
    assertThat(GdeltFormat.COLUMNS).hasSize(61).doesNotHaveDuplicates();
    assertThat(GdeltFormat.COLUMNS.get(0)).isEqualTo("GlobalEventID");
    assertThat(GdeltFormat.COLUMNS.get(25)).isEqualTo("IsRootEvent");
    assertThat(GdeltFormat.COLUMNS.get(35)).isEqualTo("Actor1Geo_Type");
    assertThat(GdeltFormat.COLUMNS.subList(59, 61)).containsExactly("DATEADDED", "SOURCEURL");
    List<String> rows = lines(Fixture.write(OutputFormat.GDELT, false));
    assertThat(rows).hasSize(Fixture.events());
    for (String row : rows) {
      assertThat(row.split("\t", -1)).hasSize(61);
    }
  }

  @Test
  void phoenixHas26ColumnsInEveryRow() throws IOException {
    assertThat(PhoenixFormat.COLUMNS).hasSize(26).doesNotHaveDuplicates();
    List<String> rows = lines(Fixture.write(OutputFormat.PHOENIX, false));
    assertThat(rows).hasSize(Fixture.events());
    for (String row : rows) {
      assertThat(row.split("\t", -1)).hasSize(26);
    }
  }

  @Test
  void headerIsWrittenOnlyWhenAskedFor() throws IOException {
    assertThat(lines(Fixture.write(OutputFormat.GDELT, true)).get(0)).isEqualTo(String.join("\t",
        GdeltFormat.COLUMNS));
    assertThat(lines(Fixture.write(OutputFormat.PHOENIX, true)).get(0)).isEqualTo(String.join("\t",
        PhoenixFormat.COLUMNS));
    assertThat(lines(Fixture.write(OutputFormat.GDELT, true))).hasSize(Fixture.events() + 1);
    assertThat(lines(Fixture.write(OutputFormat.JSONL, true))).hasSize(Fixture.events());
  }

  @Test
  void csvReadsBackWithTheTextIntact() throws IOException {
    String written = Fixture.write(OutputFormat.CSV, false);
    List<CSVRecord> records;
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(written))) {
      assertThat(parser.getHeaderNames()).isEqualTo(CsvEventFormat.COLUMNS);
      records = parser.getRecords();
    }
    assertThat(records).hasSize(Fixture.events());
    CSVRecord criticise = records.get(2);
    assertThat(criticise.get("evidence_text")).isEqualTo("Police\ncriticised Eritrea, \"again\"");
    assertThat(criticise.get("source_code")).isEqualTo("---COP");
    assertThat(records.get(0).get("evidence_text")).isEqualTo("minister met\tUN");
    assertThat(records.get(0).get("source_text")).isEqualTo("\"reformist\" Kenyan minister");
    assertThat(records.get(1).get("target_code")).isEmpty();
    assertThat(records.get(1).get("reported_by_code")).isEqualTo("---COP");
    assertThat(records.get(3).get("date")).isEmpty();
  }

  @Test
  void cellsLoseTabsLineBreaksAndDoubleQuotesOnly() {
    assertThat(Cells.clean("a\tb\nc\r\nd \"e\" \u2028f ü")).isEqualTo("a b c  d 'e'  f ü");
    assertThat(Cells.clean(null)).isEmpty();
  }

  @Test
  void eventIdsAreStablePositiveAndDistinct() {
    long id = Cells.eventId("wire/1", 0, 0);
    assertThat(id).isPositive().isEqualTo(Cells.eventId("wire/1", 0, 0));
    assertThat(Cells.eventId("wire/1", 0, 1)).isNotEqualTo(id);
    assertThat(Cells.eventId("wire/1", 1, 0)).isNotEqualTo(id);
    assertThat(Cells.eventId("wire/2", 0, 0)).isNotEqualTo(id);
    // Pinned: the id is part of the format; changing how it is derived changes every id ever written.
    assertThat(id).isEqualTo(7567079808609605598L);
  }

  @Test
  void fractionDateFollowsGdelt() {
    assertThat(GdeltFormat.fractionDate(LocalDate.of(2019, 1, 25))).isEqualTo("2019.0685");
    assertThat(GdeltFormat.fractionDate(LocalDate.of(2024, 1, 1))).isEqualTo("2024.0027");
    assertThat(GdeltFormat.fractionDate(LocalDate.of(2024, 12, 31))).isEqualTo("2024.9890");
  }

  @Test
  void numbersHaveNoTrailingZeros() {
    assertThat(Cells.number(1.0)).isEqualTo("1");
    assertThat(Cells.number(-4.4)).isEqualTo("-4.4");
    assertThat(Cells.number(0.0)).isEqualTo("0");
    assertThat(Cells.number(-0.0)).isEqualTo("0");
    assertThat(Cells.number(10)).isEqualTo("10");
  }

  @Test
  void phoenixQuadClassesAreItsOwn() {
    assertThat(PhoenixFormat.quadClass("01")).isZero();
    assertThat(PhoenixFormat.quadClass("04")).isEqualTo(1);
    assertThat(PhoenixFormat.quadClass("07")).isEqualTo(2);
    assertThat(PhoenixFormat.quadClass("16")).isEqualTo(3);
    assertThat(PhoenixFormat.quadClass("14")).isEqualTo(4);
  }
}
