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
    assertThat(Inputs.formatOf(Path.of("a.jsonl"))).isEqualTo(Inputs.Format.JSONL);
    assertThat(Inputs.formatOf(Path.of("a.JSON"))).isEqualTo(Inputs.Format.JSONL);
    assertThat(Inputs.formatOf(Path.of("a.ndjson"))).isEqualTo(Inputs.Format.JSONL);
    assertThat(Inputs.formatOf(Path.of("a.txt"))).isEqualTo(Inputs.Format.TEXT);
    assertThat(Inputs.formatOf(Path.of("README"))).isEqualTo(Inputs.Format.TEXT);
    assertThat(Inputs.formatOf(Path.of("a.csv"))).isEqualTo(Inputs.Format.CSV);
    assertThat(Inputs.formatOf(Path.of("a.HTML"))).isEqualTo(Inputs.Format.HTML);
    assertThat(Inputs.formatOf(Path.of("a.htm"))).isEqualTo(Inputs.Format.HTML);
    assertThat(Inputs.formatOf(Path.of("a.rss"))).isEqualTo(Inputs.Format.FEED);
    assertThat(Inputs.formatOf(Path.of("a.atom"))).isEqualTo(Inputs.Format.FEED);
    assertThat(Inputs.formatOf(Path.of("a.xml"))).isEqualTo(Inputs.Format.FEED);
    assertThat(Inputs.formatOf(Path.of("a.warc"))).isEqualTo(Inputs.Format.WARC);
    assertThat(Inputs.formatOf(Path.of("a.warc.gz"))).isEqualTo(Inputs.Format.WARC);
    assertThat(Inputs.formatOf(Path.of("a.gz"))).isEqualTo(Inputs.Format.TEXT);
    assertThat(Inputs.formatOf(Path.of("news.feeds"))).isEqualTo(Inputs.Format.FEED_LIST);
  }

  @Test
  void aFolderExpandsToItsInputFilesRecursivelySortedWithoutHiddenOnes() throws IOException {
    Path root = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(root.resolve("b/deeper"));
    Files.createDirectories(root.resolve(".git"));
    Path z = Files.writeString(root.resolve("z.txt"), "Z headline\nZ text.");
    Path a = Files.writeString(root.resolve("a.csv"), "id,text\nc1,CSV text.\n");
    Path page = Files.writeString(root.resolve("b/page.HTM"), "<p>Page text.</p>");
    Path deep = Files.writeString(root.resolve("b/deeper/feed.rss"), "<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><guid>g1</guid><description>Feed text.</description></item></channel></rss>");
    Files.writeString(root.resolve(".hidden.txt"), "hidden");
    Files.writeString(root.resolve(".git/HEAD.txt"), "hidden");
    Files.writeString(root.resolve("notes.md"), "not an input");
    Files.writeString(root.resolve("data.json"), "{}");
    assertThat(Inputs.expand(root)).containsExactly(a, deep, page, z);

    List<ReadResult> all = ReadAll.of(Inputs.open(List.of(root, Path.of("missing.txt"))));
    assertThat(all).extracting(ReadResult::origin)
        .containsExactly(a + ":2", deep + ":item 1", page.toString(), z.toString(), "missing.txt");
    assertThat(all.subList(0, 4)).allSatisfy(r -> assertThat(r).isInstanceOf(ReadResult.Ok.class));
    assertThat(ReadAll.of(Inputs.open(root))).hasSize(4);
  }

  @Test
  void aFolderWithoutInputsIsARecordError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "x");
    assertThat(ReadAll.of(Inputs.open(List.of(empty)))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> {
          assertThat(e.origin()).isEqualTo(empty.toString());
          assertThat(e.message()).contains("no input files");
        });
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
