package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir
  Path dir;

  @Test
  void choosesTheReaderByExtension() {
    assertThat(Inputs.open(Path.of("a.jsonl"))).isInstanceOf(JsonlReader.class);
    assertThat(Inputs.open(Path.of("a.JSON"))).isInstanceOf(JsonlReader.class);
    assertThat(Inputs.open(Path.of("a.ndjson"))).isInstanceOf(JsonlReader.class);
    assertThat(Inputs.open(Path.of("a.txt"))).isInstanceOf(TextFileReader.class);
    assertThat(Inputs.open(Path.of("README"))).isInstanceOf(TextFileReader.class);
  }

  @Test
  void readsFilesInTurnAndReportsAMissingOneInItsPlace() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "A headline\nA text.");
    Path missing = dir.resolve("missing.jsonl");
    Path b = Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"One.\"}\n{\"id\":\"b2\"}\n");
    List<ReadResult> all = ReadAll.of(Inputs.open(List.of(a, missing, b)));
    assertThat(all).extracting(ReadResult::origin)
        .containsExactly(a.toString(), missing.toString(), b + ":1", b + ":2");
    assertThat(all.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(((RecordError) all.get(1)).reason()).isEqualTo(RecordError.MISSING_FILE);
    assertThat(((ReadResult.Ok) all.get(2)).article().id()).isEqualTo("b1");
    assertThat(((RecordError) all.get(3)).reason()).isEqualTo(RecordError.NO_TEXT);
  }

  @Test
  void streamGivesTheSameRecords() throws IOException {
    Path a = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"One.\"}\nnot json\n{\"text\":\"Two.\"}\n");
    try (ArticleReader r = Inputs.open(a)) {
      assertThat(r.stream().map(ReadResult::origin).toList()).containsExactly(a + ":1", a + ":2", a + ":3");
    }
  }
}
