package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

class TextFileReaderTest {

  @TempDir
  Path dir;

  @Test
  void wholeFileIsTheTextAndFirstLineTheTitle() throws IOException {
    String content = "Ministers meet in Nairobi\n\nKenya and Ethiopia agreed on Monday.\n";
    Path f = Files.writeString(dir.resolve("story.2024.txt"), content);
    List<ReadResult> all = ReadAll.of(new TextFileReader(f));
    assertThat(all).hasSize(1);
    Article a = ((ReadResult.Ok) all.get(0)).article();
    assertThat(a.id()).isEqualTo("story.2024");
    assertThat(a.text()).isEqualTo(content);
    assertThat(a.title()).contains("Ministers meet in Nairobi");
    assertThat(a.date()).isEmpty();
    assertThat(a.origin()).isEqualTo(f.toString());
  }

  @Test
  void byteOrderMarkIsDroppedSoOffsetsStartAtTheFirstLetter() throws IOException {
    Path f = dir.resolve("bom.txt");
    Files.write(f, ("\uFEFF" + "  \nHeadline\nBody.").getBytes(StandardCharsets.UTF_8));
    Article a = ((ReadResult.Ok) ReadAll.of(new TextFileReader(f)).get(0)).article();
    assertThat(a.text()).isEqualTo("  \nHeadline\nBody.");
    assertThat(a.title()).contains("Headline");
  }

  @Test
  void missingFileIsARecordErrorNamingIt() throws IOException {
    Path f = dir.resolve("nope.txt");
    assertThat(ReadAll.of(new TextFileReader(f))).singleElement().isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.origin()).isEqualTo(f.toString());
      assertThat(e.reason()).isEqualTo(RecordError.MISSING_FILE);
      assertThat(e.message()).contains("no such file");
    });
  }

  @Test
  void emptyAndBlankFilesAreRecordErrors() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    for (Path f : List.of(empty, blank)) {
      assertThat(ReadAll.of(new TextFileReader(f))).singleElement()
          .isInstanceOfSatisfying(RecordError.class, e -> assertThat(e.reason()).isEqualTo(RecordError.EMPTY_FILE));
    }
  }

  @Test
  void invalidUtf8NamesByteAndLine() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, "Title\nCaf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(ReadAll.of(new TextFileReader(f))).singleElement().isInstanceOfSatisfying(RecordError.class, e -> {
      assertThat(e.reason()).isEqualTo(RecordError.INVALID_UTF8);
      assertThat(e.message()).contains("byte 9, line 2").contains("UTF-8");
    });
  }

  @Test
  void directoryIsARecordError() throws IOException {
    assertThat(ReadAll.of(new TextFileReader(dir))).singleElement().isInstanceOfSatisfying(RecordError.class,
        e -> assertThat(e.message()).contains("is a directory"));
  }
}
