package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tacitus.core.model.Article;
import org.tacitus.ingest.ReadResult;
import org.tacitus.ingest.RecordError;

/** The ordered, counted, multi-threaded run, with stages that need no models. */
class PipelineTest {

  private static final String[] ACTORS = {"USA", "USAGOV", "CHN", "KEN", "ETHGOV", "-"};
  private static final String[] CODES = {"040", "0332", "190", "111", "057"};

  private static List<ReadResult> randomInputs(Random random, int n) {
    List<ReadResult> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        inputs.add(new RecordError("in.jsonl:" + (i + 1), RecordError.NOT_JSON, "line is not JSON"));
        continue;
      }
      StringBuilder text = new StringBuilder(kind == 1 ? "FAIL " : "");
      int sentences = random.nextInt(6);
      for (int s = 0; s < sentences; s++) {
        text.append(random.nextBoolean() ? "Words without events. " : ACTORS[random.nextInt(5)] + " "
            + CODES[random.nextInt(CODES.length)] + " " + ACTORS[random.nextInt(ACTORS.length)] + ". ");
      }
      text.append("End");
      inputs.add(new ReadResult.Ok(new Article("d" + i, text.toString(), Optional.empty(), Optional.empty(),
          Optional.empty(), "in.jsonl:" + (i + 1))));
    }
    return inputs;
  }

  private static String run(List<ReadResult> inputs, int threads, List<RunSummary> summaries) throws IOException {
    StringWriter out = new StringWriter();
    RunSummary summary = FakeStages.pipeline().run(inputs.stream(), threads, o -> {
      if (o instanceof Outcome.Coded c) {
        EventJson.write(c.result(), out);
      } else if (o instanceof Outcome.Skipped s) {
        out.write("skipped " + s.origin() + "\n");
      } else if (o instanceof Outcome.Failed f) {
        out.write("failed " + f.origin() + " at " + f.error().stage() + "\n");
      }
    });
    summaries.add(summary);
    return out.toString();
  }

  @Test
  void oneThreadAndManyThreadsWriteTheSameInInputOrder() throws IOException {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    List<ReadResult> inputs = randomInputs(random, 300);
    List<RunSummary> summaries = new ArrayList<>();
    String one = run(inputs, 1, summaries);
    String four = run(inputs, 4, summaries);
    assertThat(four).as("seed " + seed).isEqualTo(one);
    RunSummary a = summaries.get(0);
    RunSummary b = summaries.get(1);
    assertThat(List.of(b.read(), b.coded(), b.skippedCount(), b.failedCount()))
        .isEqualTo(List.of(a.read(), a.coded(), a.skippedCount(), a.failedCount()));
    assertThat(a.read()).isEqualTo(300);
    assertThat(a.coded() + a.skippedCount() + a.failedCount()).isEqualTo(300);
    // Outcomes come in input order: the doc ids of event lines never go backwards.
    int last = -1;
    for (String line : one.split("\n")) {
      if (line.startsWith("{")) {
        int id = Integer.parseInt(EventJson.MAPPER.readTree(line).get("doc_id").asText().substring(1));
        assertThat(id).as("seed " + seed).isGreaterThanOrEqualTo(last);
        last = id;
      }
    }
  }

  @Test
  void countsOutcomesAndSaysSoInOneLine() throws IOException {
    List<ReadResult> inputs = List.of(
        new ReadResult.Ok(Article.of("a", "USA 040 CHN. Nothing here.")),
        new RecordError("in.jsonl:2", RecordError.NOT_JSON, "line is not JSON"),
        new RecordError("in.jsonl:3", RecordError.NO_TEXT, "line has no \"text\""),
        new RecordError("in.jsonl:4", RecordError.NOT_JSON, "line is not JSON"),
        new ReadResult.Ok(Article.of("b", "FAIL here.")),
        new ReadResult.Ok(Article.of("c", "KEN 057 ETHGOV. ETHGOV 111 -.")));
    List<RunSummary> summaries = new ArrayList<>();
    run(inputs, 2, summaries);
    RunSummary s = summaries.get(0);
    assertThat(s.line()).matches("6 read, 2 coded, 3 skipped \\(2 not JSON, 1 no \"text\"\\), 1 failed \\(1 at nlp\\);"
        + " 4 sentences, 3 events in \\d+\\.\\d s; 2 articles without a date \\(events undated\\)");
  }

  @Test
  void defaultDateFillsOnlyMissingDates() {
    Pipeline p = Pipeline.of(PipelineConfig.defaults().withDefaultDate(LocalDate.of(2020, 1, 2)),
        new FakeStages.FakeAnnotator(), new FakeStages.FakeCoder(), java.util.Map.of());
    assertThat(p.code(Article.of("a", "USA 040 CHN.")).article().date()).contains(LocalDate.of(2020, 1, 2));
    Article dated = Article.of("b", "USA 040 CHN.").withDate(LocalDate.of(1999, 9, 9));
    assertThat(p.code(dated).article().date()).contains(LocalDate.of(1999, 9, 9));
  }

  @Test
  void anEventOutsideTheTextFailsItsArticleAtTheCoder() throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    FakeStages.pipeline().run(Stream.of(new ReadResult.Ok(Article.of("x", "USA 040 BADSPAN."))), 1, outcomes::add);
    assertThat(outcomes).singleElement().isInstanceOfSatisfying(Outcome.Failed.class, f -> {
      assertThat(f.error().stage()).isEqualTo("coder");
      assertThat(f.error().getMessage()).contains("outside the text");
    });
  }

  @Test
  void provenanceNamesVersionsChecksumsAndConfig() {
    var p = FakeStages.pipeline().provenance();
    assertThat(p.tacitusVersion()).isEqualTo(Version.tacitus()).isNotBlank();
    assertThat(p.nlp()).isEqualTo("fake annotator");
    assertThat(p.dictionaries()).containsEntry("fake.txt", "0000");
    assertThat(p.config()).containsEntry("nlp.newlineSentenceBreak", "two").containsEntry("defaultDate", "none");
  }

  @Test
  void aFailingSinkStopsTheRun() {
    List<ReadResult> inputs = randomInputs(new Random(1), 50);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FakeStages.pipeline().run(inputs.stream(), 2, o -> {
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
  }
}
