package org.tacitus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;

class CsvReaderTest {

  @TempDir
  Path dir;

  private List<ReadResult> read(String name, String content) throws IOException {
    return ReadAll.of(new CsvReader(Files.writeString(dir.resolve(name), content)));
  }

  private static Article ok(ReadResult r) {
    assertThat(r).isInstanceOf(ReadResult.Ok.class);
    return ((ReadResult.Ok) r).article();
  }

  private static RecordError error(ReadResult r) {
    assertThat(r).isInstanceOf(RecordError.class);
    return (RecordError) r;
  }

  @Test
  void readsAllFieldsWithRfc4180Quoting() throws IOException {
    List<ReadResult> all = read("news.csv", "id,title,date,url,text,extra\r\n"
        + "a1,Talks,2024-03-05,https://example.org/a1,\"Kenya met Ethiopia, and \"\"agreed\"\".\n\nSecond.\",x\r\n"
        + "a2,,2024-03-06T10:00:00+03:00,,Plain text.,\r\n");
    assertThat(all).hasSize(2);
    Article a = ok(all.get(0));
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.text()).isEqualTo("Kenya met Ethiopia, and \"agreed\".\n\nSecond.");
    assertThat(a.title()).contains("Talks");
    assertThat(a.date()).contains(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).contains("https://example.org/a1");
    assertThat(a.origin()).endsWith("news.csv:2");
    Article b = ok(all.get(1));
    assertThat(b.title()).isEmpty();
    assertThat(b.url()).isEmpty();
    assertThat(b.date()).contains(LocalDate.of(2024, 3, 6));
    assertThat(b.origin()).endsWith("news.csv:3");
  }

  @Test
  void acceptsAliasesAndDefaultsTheId() throws IOException {
    List<ReadResult> all = read("alias.csv", "\uFEFFHeadline, Body ,Published,Link\nT,Some text.,2020-01-02,u\n");
    Article a = ok(all.get(0));
    assertThat(a.id()).isEqualTo("alias-2");
    assertThat(a.text()).isEqualTo("Some text.");
    assertThat(a.title()).contains("T");
    assertThat(a.date()).contains(LocalDate.of(2020, 1, 2));
    assertThat(a.url()).contains("u");
  }

  @Test
  void configuredFieldNamesWin() throws IOException {
    Path f = Files.writeString(dir.resolve("own.csv"), "story_id,story,day\ns1,Story text.,2021-05-06\n");
    FieldNames fields = FieldNames.DEFAULTS.with("id", "story_id").with("text", "story").with("date", "day");
    Article a = ok(ReadAll.of(new CsvReader(f, fields)).get(0));
    assertThat(a.id()).isEqualTo("s1");
    assertThat(a.date()).contains(LocalDate.of(2021, 5, 6));
  }

  @Test
  void missingTextColumnIsOneErrorForTheFile() throws IOException {
    List<ReadResult> all = read("notext.csv", "id,title,date\n1,T,2020-01-01\n");
    assertThat(all).singleElement().satisfies(r -> {
      assertThat(error(r).reason()).isEqualTo(RecordError.BAD_HEADER);
      assertThat(r.origin()).endsWith("notext.csv:1");
      assertThat(error(r).message()).contains("[id, title, date]").contains("text or content or body");
    });
  }

  @Test
  void badRowsAreReportedAtTheirRowAndTheRestIsRead() throws IOException {
    List<ReadResult> all = read("mixed.csv", String.join("\n",
        "id,text,date",
        "ok1,Fine.,2020-01-01",
        "short",
        "blank,  ,2020-01-01",
        "baddate,Text.,06/08/2008",
        "impossible,Text.,2008-02-30",
        "",
        "ok2,\"Also,\nfine.\",",
        "ok3,Last.,2020-01-03"));
    assertThat(all).extracting(ReadResult::origin).allSatisfy(o -> assertThat(o).contains("mixed.csv:"));
    assertThat(all).extracting(r -> r.origin().substring(r.origin().lastIndexOf(':') + 1))
        .containsExactly("2", "3", "4", "5", "6", "8", "9");
    assertThat(ok(all.get(0)).id()).isEqualTo("ok1");
    assertThat(error(all.get(1)).reason()).isEqualTo(RecordError.NO_TEXT);
    assertThat(error(all.get(1)).message()).contains("\"text\"").contains("missing comma or quote");
    assertThat(error(all.get(2)).reason()).isEqualTo(RecordError.EMPTY_TEXT);
    assertThat(error(all.get(3)).reason()).isEqualTo(RecordError.BAD_DATE);
    assertThat(error(all.get(3)).message()).contains("\"06/08/2008\"").contains("YYYY-MM-DD");
    assertThat(error(all.get(4)).reason()).isEqualTo(RecordError.BAD_DATE);
    assertThat(ok(all.get(5)).text()).isEqualTo("Also,\nfine.");
    assertThat(ok(all.get(6)).id()).isEqualTo("ok3");
  }

  @Test
  void brokenQuotingEndsTheFileWithAnErrorKeepingEarlierRows() throws IOException {
    List<ReadResult> all = read("quote.csv", "id,text\na,Fine.\nb,\"open\"x,\nc,Never read.\n");
    assertThat(all).hasSize(2);
    assertThat(ok(all.get(0)).id()).isEqualTo("a");
    assertThat(error(all.get(1))).satisfies(e -> {
      assertThat(e.reason()).isEqualTo(RecordError.BAD_CSV);
      assertThat(e.origin()).endsWith("quote.csv:3");
      assertThat(e.message()).contains("RFC 4180");
    });
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() throws IOException {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, JsonlReaderTest.concat("id,text\na,Fine.\n".getBytes(StandardCharsets.UTF_8),
        "b,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
    List<ReadResult> all = ReadAll.of(new CsvReader(f));
    assertThat(all).hasSize(2);
    assertThat(ok(all.get(0)).id()).isEqualTo("a");
    assertThat(error(all.get(1)).reason()).isEqualTo(RecordError.INVALID_UTF8);
    assertThat(error(all.get(1)).message()).contains("line 3, byte 5");
  }

  @Test
  void emptyHeaderOnlyAndMissingFiles() throws IOException {
    assertThat(read("empty.csv", "")).singleElement()
        .satisfies(r -> assertThat(error(r).reason()).isEqualTo(RecordError.EMPTY_FILE));
    assertThat(read("header.csv", "id,text\n")).singleElement()
        .satisfies(r -> assertThat(error(r).reason()).isEqualTo(RecordError.EMPTY_FILE));
    assertThat(ReadAll.of(new CsvReader(dir.resolve("nope.csv")))).singleElement()
        .satisfies(r -> assertThat(error(r).reason()).isEqualTo(RecordError.MISSING_FILE));
  }

  @Test
  void duplicateHeaderNamesAreABadHeader() throws IOException {
    assertThat(read("dup.csv", "text,text\na,b\n")).singleElement()
        .satisfies(r -> assertThat(error(r).reason()).isEqualTo(RecordError.BAD_HEADER));
  }
}
