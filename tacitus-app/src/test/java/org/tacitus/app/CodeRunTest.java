package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.EventDate;
import picocli.CommandLine;

/**
 * {@code tacitus code} runs with the model-free stages of {@link FakeStages}: --resume against the --out file and
 * the --db store, progress lines, the undated-article warning, --field names, event dates, and output that
 * survives bad records.
 */
class CodeRunTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {
  }

  private static Run run(String... args) throws IOException {
    CodeCommand command = new CodeCommand();
    CommandLine cl = new CommandLine(command);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    cl.parseArgs(args);
    int code = command.code(Pipeline.of(PipelineConfig.defaults().withDefaultDate(command.date),
        new FakeStages.FakeAnnotator(), new FakeStages.FakeCoder(), java.util.Map.of()));
    cl.getOut().flush();
    cl.getErr().flush();
    return new Run(code, out.toString(), err.toString());
  }

  /** JSON Lines of {@code n} dated articles "a1".."aN", each with one event. */
  private Path corpus(String name, int n) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append("{\"id\": \"a").append(i).append("\", \"date\": \"2024-03-06\", \"text\": \"KEN 040 ETH. Filler")
          .append(i).append(".\"}\n");
    }
    return Files.writeString(dir.resolve(name), b.toString());
  }

  private static List<String> docIds(Path events) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
      ids.add(JSON.readTree(line).get("doc_id").asText());
    }
    return ids;
  }

  @Test
  void resumeAgainstTheOutFileCodesTheCutArticleAgainAndAppendsTheRest() throws IOException {
    Path in = corpus("in.jsonl", 5);
    Path out = dir.resolve("events.jsonl");
    Run full = run("--out", out.toString(), "--progress", "none", in.toString());
    assertThat(full.code()).isZero();
    List<String> all = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(docIds(out)).containsExactly("a1", "a2", "a3", "a4", "a5");

    // A run killed while writing a3: a1 and a2 whole, a3's line cut in the middle.
    Files.writeString(out, all.get(0) + "\n" + all.get(1) + "\n" + all.get(2).substring(0, 30),
        StandardCharsets.UTF_8);
    Run resumed = run("--out", out.toString(), "--resume", "--progress", "none", in.toString());
    assertThat(resumed.code()).isZero();
    assertThat(resumed.err()).contains("--resume: 1 articles done before (in " + out + ")")
        .contains("4 read, 4 coded");
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).isEqualTo(all);

    // Resuming a finished run codes only its last article again.
    Run again = run("--out", out.toString(), "--resume", "--progress", "none", in.toString());
    assertThat(again.err()).contains("--resume: 4 articles done before").contains("1 read, 1 coded");
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).isEqualTo(all);
  }

  @Test
  void resumeAgainstTheStoreSkipsArticlesByIdOrByText() throws IOException {
    Path in = corpus("in.jsonl", 3);
    Path db = dir.resolve("events.duckdb");
    assertThat(run("--db", db.toString(), "--progress", "none", in.toString()).code()).isZero();
    // The same texts under other ids, and one new article.
    String renamed = Files.readString(in).replace("\"a", "\"b") + "{\"id\": \"new\", \"date\": \"2024-03-06\", "
        + "\"text\": \"EGY 040 SDN.\"}\n";
    Path second = Files.writeString(dir.resolve("second.jsonl"), renamed);
    Run r = run("--db", db.toString(), "--resume", "--progress", "none", second.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("--resume: 3 articles done before").contains("1 read, 1 coded");
    assertThat(docIdsOfStdout(r.out())).containsExactly("new");
  }

  private static List<String> docIdsOfStdout(String out) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        ids.add(JSON.readTree(line).get("doc_id").asText());
      }
    }
    return ids;
  }

  @Test
  void resumeNeedsSomethingToResumeFrom() {
    CodeCommand command = new CodeCommand();
    CommandLine cl = new CommandLine(command);
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("--resume", "in.jsonl")).isEqualTo(2);
    assertThat(cl.execute("--resume", "--out", "x.csv", "--format", "csv", "in.jsonl")).isEqualTo(2);
  }

  @Test
  void resumeRefusesAnOutFileThatHoldsNoEvents() throws IOException {
    Path in = corpus("in.jsonl", 1);
    Path out = Files.writeString(dir.resolve("notes.jsonl"), "{\"note\": 1}\n");
    assertThatThrownBy(() -> run("--out", out.toString(), "--resume", in.toString()))
        .isInstanceOf(CliException.class).hasMessageContaining(out + ":1").hasMessageContaining("doc_id");
    assertThat(Files.readString(out)).isEqualTo("{\"note\": 1}\n");
  }

  @Test
  void outputWrittenBeforeBadRecordsSurvivesAndTheRunGoesOn() throws IOException {
    Path good1 = corpus("a.jsonl", 2);
    Path binary = Files.write(dir.resolve("b.txt"), new byte[] {1, 2, 0, 0, 3});
    Path cut = Files.write(dir.resolve("c.warc.gz"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0});
    Path failing = Files.writeString(dir.resolve("d.txt"), "FAIL KEN 040 ETH.");
    Path good2 = Files.writeString(dir.resolve("e.jsonl"), "{\"id\": \"z\", \"date\": \"2024-03-06\", "
        + "\"text\": \"EGY 040 SDN.\"}\n");
    Path out = dir.resolve("events.jsonl");
    Run r = run("--out", out.toString(), "--progress", "none", good1.toString(), binary.toString(), cut.toString(),
        failing.toString(), good2.toString());
    assertThat(r.code()).isZero();
    assertThat(docIds(out)).containsExactly("a1", "a2", "z");
    assertThat(r.err()).contains(binary + ": file holds NUL bytes").contains(cut.toString())
        .contains("6 read, 3 coded, 2 skipped (1 binary file, 1 bad WARC), 1 failed (1 at nlp)");
  }

  @Test
  void undatedArticlesAreWarnedAboutAndCounted() throws IOException {
    Path txt = Files.writeString(dir.resolve("story.txt"), "KEN 040 ETH yesterday.");
    Run r = run("--progress", "none", txt.toString());
    assertThat(r.err()).contains(txt + ": warning: the input gives no date for article 'story'")
        .contains("; 1 article without a date (events undated)");
    JsonNode event = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(event.get("date").isNull()).isTrue();
    Run dated = run("--progress", "none", "--date", "2024-03-06", txt.toString());
    assertThat(dated.err()).doesNotContain("warning").doesNotContain("without a date");
  }

  @Test
  void eventsAreDatedFromTheirSentence() {
    Article a = new Article("d", "KEN 040 ETH yesterday. EGY 040 SDN.", Optional.empty(),
        Optional.of(LocalDate.of(2024, 3, 6)), Optional.empty(), "test");
    CodedArticle coded = FakeStages.pipeline().code(a);
    List<EventDate> dates = coded.events().stream().map(e -> e.date().orElseThrow()).toList();
    assertThat(dates.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(dates.get(0).evidence().map(s -> s.of(a.text()))).contains("yesterday");
    assertThat(dates.get(1)).isEqualTo(EventDate.ofArticle(LocalDate.of(2024, 3, 6)));
  }

  @Test
  void fieldOptionsNameTheColumns() throws IOException {
    Path csv = Files.writeString(dir.resolve("in.csv"), "story_id,body,day\ns1,KEN 040 ETH.,2024-03-06\n");
    Run r = run("--field", "id=story_id", "--field", "text=body", "--field", "date=day", "--progress", "none",
        csv.toString());
    assertThat(r.code()).isZero();
    JsonNode event = JSON.readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(event.get("doc_id").asText()).isEqualTo("s1");
    assertThat(event.get("date").asText()).isEqualTo("2024-03-06");
    CommandLine bad = new CommandLine(new CodeCommand());
    bad.setErr(new PrintWriter(new StringWriter()));
    assertThat(bad.execute("--field", "body", "in.csv")).isEqualTo(2);
    assertThat(bad.execute("--field", "author=x", "in.csv")).isEqualTo(2);
  }

  @Test
  void theProgressBarDrawsAndClosesWithOrWithoutATotal() {
    Outcome skipped = new Outcome.Skipped(new org.tacitus.ingest.RecordError("x:1", "not JSON", "m"));
    for (OptionalLong total : List.of(OptionalLong.of(3), OptionalLong.empty())) {
      try (Progress bar = Progress.start(Progress.Mode.BAR, total, new PrintWriter(new StringWriter()), 10)) {
        bar.record(skipped);
        bar.resumed();
        bar.record(skipped);
        assertThat(bar.articles).isEqualTo(3);
        assertThat(bar.resumed).isEqualTo(1);
      }
    }
    try (Progress none = Progress.start(Progress.Mode.NONE, OptionalLong.empty(), new PrintWriter(
        new StringWriter()), 10)) {
      none.record(skipped);
      assertThat(none.skipped).isEqualTo(1);
    }
  }

  @Test
  void progressLinesComeEveryIntervalWithRateAndEta() {
    StringWriter text = new StringWriter();
    AtomicLong now = new AtomicLong();
    Progress.Lines lines = new Progress.Lines(OptionalLong.of(100), new PrintWriter(text), Duration.ofSeconds(10),
        now::get);
    Outcome skipped = new Outcome.Skipped(new org.tacitus.ingest.RecordError("x:1", "not JSON", "m"));
    for (int i = 1; i <= 21; i++) {
      now.set((i - 1) * 1_000_000_000L);
      lines.record(skipped);
    }
    // 21 records in 20 s: one line at 10 s, one at 20 s.
    List<String> printed = text.toString().lines().toList();
    assertThat(printed).hasSize(2);
    assertThat(printed.get(1)).isEqualTo("tacitus: 21 of 100 articles (21%), 1.0 articles/s, 0 sentences, "
        + "0 events, 21 skipped, 0 failed; ETA 1 min 19 s");
    Progress.Lines unknown = new Progress.Lines(OptionalLong.empty(), new PrintWriter(new StringWriter()),
        Duration.ofSeconds(10), now::get);
    unknown.record(skipped);
    assertThat(unknown.line(now.get() + 2_000_000_000L)).startsWith("1 articles, 0.0 articles/s").doesNotContain(
        "ETA");
  }
}
