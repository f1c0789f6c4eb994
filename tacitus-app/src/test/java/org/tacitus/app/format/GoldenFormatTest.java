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
 * Every layout against a golden file under src/test/resources/format/: a change of a layout must be a change of its
 * file. To rewrite them: {@code mvn test -pl tacitus-app -Dtest=GoldenFormatTest -Dtacitus.updateGolden=true}, then
 * read the diff before committing it.
 */
class GoldenFormatTest {

  static String golden(OutputFormat format) {
    return "events.golden." + switch (format) {
      case JSONL -> "jsonl";
      case CSV -> "csv";
      case GDELT -> "gdelt.tsv";
      case PHOENIX -> "phoenix.tsv";
    };
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void writesTheGoldenFile(OutputFormat format) throws IOException {
    String written = Fixture.write(format, false);
    if (Boolean.getBoolean("tacitus.updateGolden")) {
      Files.writeString(Path.of("src/test/resources/format", golden(format)), written, StandardCharsets.UTF_8);
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/format/" + golden(format))) {
      assertThat(in).as("golden file %s", golden(format)).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(expected);
  }
}
