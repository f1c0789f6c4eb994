package org.tacitus.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text layout against a golden file under src/test/resources/format/, as written per article and with the
 * one-a-day filter: a change of a layout must be a change of its file. To rewrite them: {@code mvn test -pl
 * tacitus-app -Dtest=GoldenFormatTest -Dtacitus.updateGolden=true}, then read the diff before committing it.
 */
class GoldenFormatTest {

  static String golden(OutputFormat format, boolean daily) {
    return "events" + (daily ? ".daily" : "") + ".golden." + switch (format) {
      case JSONL -> "jsonl";
      case CSV -> "csv";
      case GDELT -> "gdelt.tsv";
      case MENTIONS -> "mentions.tsv";
      case PHOENIX -> "phoenix.tsv";
      case ICEWS -> "icews.tsv";
      case POLECAT -> "polecat.jsonl";
      case PARQUET -> throw new IllegalArgumentException("Parquet is binary; ParquetOutputTest reads it back");
    };
  }

  private void check(String name, String written) throws IOException {
    if (Boolean.getBoolean("tacitus.updateGolden")) {
      Files.writeString(Path.of("src/test/resources/format", name), written, StandardCharsets.UTF_8);
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/format/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = "PARQUET", mode = EnumSource.Mode.EXCLUDE)
  void writesTheGoldenFile(OutputFormat format) throws IOException {
    check(golden(format, false), Fixture.write(format, false));
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = "PARQUET", mode = EnumSource.Mode.EXCLUDE)
  void writesTheDailyGoldenFile(OutputFormat format) throws IOException {
    check(golden(format, true), Fixture.writeDaily(format, false));
  }
}
