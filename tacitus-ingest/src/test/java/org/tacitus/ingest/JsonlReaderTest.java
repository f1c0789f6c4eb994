package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

class JsonlReaderTest {

  @TempDir
  Path dir;

  private static List<ReadResult> read(String content) throws IOException {
    return ReadAll.of(new JsonlReader("in.jsonl",
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
  }

  private static RecordError error(ReadResult r) {
    assertThat(r).isInstanceOf(RecordError.class);
    return (RecordError) r;
  }

  @Test
  void readsAllFields() throws IOException {
    List<ReadResult> all = read("{\"id\":\"a1\",\"text\":\"Kenya met Ethiopia.\",\"date\":\"2024-03-05\","
        + "\"title\":\"Talks\",\"url\":\"https://example.org/a1\",\"extra\":[1,2]}\n");
    Article a = ((ReadResult.Ok) all.get(0)).article();
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.text()).isEqualTo("Kenya met Ethiopia.");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(a.title()).contains("Talks");
    assertThat(a.url()).contains("https://example.org/a1");
    assertThat(a.origin()).isEqualTo("in.jsonl:1");
  }

  @Test
  void configuredFieldNamesAliasesAndTheSource() throws IOException {
    Path f = Files.writeString(dir.resolve("dump.jsonl"), "{\"story_id\":\"s1\",\"Body\":\"Kenya met Ethiopia.\","
        + "\"published_at\":\"2024-03-05T21:30:00+03:00\",\"outlet\":\"Horn Wire\",\"text\":\"not this\"}\n");
    FieldNames names = FieldNames.DEFAULTS.with("id", "story_id").with("text", "body").with("source", "outlet");
    Article a = ((ReadResult.Ok) ReadAll.of(new JsonlReader(f, names)).get(0)).article();
    assertThat(a.id()).isEqualTo("s1");
    assertThat(a.text()).isEqualTo("Kenya met Ethiopia.");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(a.source()).contains("Horn Wire");
    // By default, "content" and "source" are understood too.
    Article b = ((ReadResult.Ok) read("{\"content\":\"Egypt met Sudan.\",\"source\":\"Nile Daily\"}").get(0))
        .article();
    assertThat(b.text()).isEqualTo("Egypt met Sudan.");
    assertThat(b.source()).contains("Nile Daily");
    Path missing = Files.writeString(dir.resolve("other.jsonl"), "{\"text\":\"x\"}\n");
    assertThat(ReadAll.of(new JsonlReader(missing, names))).singleElement().isInstanceOfSatisfying(
        RecordError.class, e -> assertThat(e.message()).contains("line has no \"body\""));
  }

  @Test
  void idDefaultsToStemAndLineAndNumbersAreAccepted() throws IOException {
    List<ReadResult> all = read("\n{\"text\":\"x\",\"date\":null}\r\n{\"id\":17,\"text\":\"y\"}");
    assertThat(all).extracting(r -> ((ReadResult.Ok) r).article().id()).containsExactly("in-2", "17");
  }

  @Test
  void eachKindOfBadLineIsReportedWithItsLineAndAFix() throws IOException {
    List<ReadResult> all = read(String.join("\n",
        "{\"id\":\"ok1\",\"text\":\"Fine.\"}",
        "hello",
        "{\"id\":\"x\"}",
        "{\"text\":42}",
        "{\"text\":\"a\",\"date\":\"06/08/2008\"}",
        "{\"text\":\"a\",\"date\":\"2008-02-30\"}",
        "[1,2]",
        "{\"text\":\"a\"} trailing",
        "{\"text\":\"  \"}",
        "{\"text\":\"a\",\"title\":{}}",
        "{\"id\":\"ok2\",\"text\":\"Also fine.\"}"));
    assertThat(all).hasSize(11);
    assertThat(((ReadResult.Ok) all.get(0)).article().id()).isEqualTo("ok1");
    assertThat(error(all.get(1))).satisfies(e -> {
      assertThat(e.origin()).isEqualTo("in.jsonl:2");
      assertThat(e.reason()).isEqualTo(RecordError.NOT_JSON);
      assertThat(e.message()).startsWith("line is not JSON (").contains("column").contains("one JSON object per line");
    });
    assertThat(error(all.get(2)).reason()).isEqualTo(RecordError.NO_TEXT);
    assertThat(error(all.get(2)).message()).contains("\"text\": \"...\"");
    assertThat(error(all.get(3)).reason()).isEqualTo(RecordError.TEXT_NOT_STRING);
    assertThat(error(all.get(3)).message()).contains("is a number");
    assertThat(error(all.get(4)).reason()).isEqualTo(RecordError.BAD_DATE);
    assertThat(error(all.get(4)).message()).contains("\"06/08/2008\"").contains("YYYY-MM-DD");
    assertThat(error(all.get(5)).reason()).isEqualTo(RecordError.BAD_DATE);
    assertThat(error(all.get(6)).reason()).isEqualTo(RecordError.NOT_OBJECT);
    assertThat(error(all.get(7)).reason()).isEqualTo(RecordError.NOT_JSON);
    assertThat(error(all.get(8)).reason()).isEqualTo(RecordError.EMPTY_TEXT);
    assertThat(error(all.get(9)).reason()).isEqualTo(RecordError.BAD_FIELD);
    assertThat(error(all.get(9)).origin()).isEqualTo("in.jsonl:10");
    assertThat(((ReadResult.Ok) all.get(10)).article().id()).isEqualTo("ok2");
  }

  @Test
  void badUtf8OnOneLineLeavesTheOthers() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"b\",\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("mixed.jsonl");
    Files.write(f, concat(good, bad, good));
    List<ReadResult> all = ReadAll.of(new JsonlReader(f));
    assertThat(all).hasSize(3);
    assertThat(error(all.get(1))).satisfies(e -> {
      assertThat(e.origin()).isEqualTo(f + ":2");
      assertThat(e.reason()).isEqualTo(RecordError.INVALID_UTF8);
      assertThat(e.message()).contains("byte 21 of the line");
    });
    assertThat(all.get(2)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void emptyAndMissingFiles() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n  \n");
    assertThat(ReadAll.of(new JsonlReader(empty))).singleElement().satisfies(r -> {
      assertThat(r.origin()).isEqualTo(empty.toString());
      assertThat(error(r).reason()).isEqualTo(RecordError.EMPTY_FILE);
    });
    Path missing = dir.resolve("missing.jsonl");
    assertThat(ReadAll.of(new JsonlReader(missing))).singleElement()
        .satisfies(r -> assertThat(error(r).reason()).isEqualTo(RecordError.MISSING_FILE));
  }

  @Test
  void prettyPrintedJsonGetsAHint() throws IOException {
    Path f = Files.writeString(dir.resolve("doc.json"), "{\n  \"text\": \"a\"\n}\n");
    List<ReadResult> all = ReadAll.of(new JsonlReader(f));
    assertThat(all).hasSize(3);
    assertThat(error(all.get(0)).message()).contains("read as JSON Lines");
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
