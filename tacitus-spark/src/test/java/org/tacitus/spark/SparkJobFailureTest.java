package org.tacitus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.app.Pipeline;
import org.tacitus.app.PipelineConfig;
import org.tacitus.app.RunSummary;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.stage.Annotator;
import org.tacitus.core.stage.StageException;

/** Bad records and failing stages become error rows, never a failed job. No models needed: the stages are fakes. */
class SparkJobFailureTest {

  @TempDir
  Path dir;

  /** Fails (as CoreNLP might) on a text with "FAIL"; otherwise finds no sentence. */
  private static final class FailingAnnotator implements Annotator {

    @Override
    public AnnotatedArticle annotate(Article article) {
      if (article.text().contains("FAIL")) {
        throw new StageException("nlp", article.id(), "the parser gave up on this text", null);
      }
      return new AnnotatedArticle(article, List.of());
    }

    @Override
    public String describe() {
      return "failing test annotator";
    }
  }

  private static Pipeline fake() {
    return Pipeline.of(PipelineConfig.defaults(), new FailingAnnotator(),
        annotated -> new CodedArticle(annotated, List.of(), List.of()), Map.of());
  }

  @Test
  void aFailingArticleAndABadLineAreErrorRowsAndTheOthersAreCoded() throws IOException {
    Path in = dir.resolve("news.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"ok-1\", \"text\": \"Nothing happens here.\"}",
        "{\"id\": \"bad\", \"text\": \"This one will FAIL.\"}",
        "this line is not JSON",
        "{\"id\": \"ok-2\", \"text\": \"Nothing happens here either.\", \"date\": \"2024-02-03\"}",
        ""), StandardCharsets.UTF_8);
    String out = dir.resolve("out").toString();

    RunSummary summary = TacitusSpark.run(LocalSpark.session(), List.of(in.toString(), dir.resolve("missing.jsonl")
        .toString()), out, TacitusSpark.Options.defaults().withPipeline(SparkJobFailureTest::fake));

    assertThat(summary.read()).isEqualTo(5);
    assertThat(summary.coded()).isEqualTo(2);
    assertThat(summary.failed()).containsExactly(Map.entry("nlp", 1));
    assertThat(summary.skipped()).containsOnly(Map.entry("missing file", 1), Map.entry("not JSON", 1));
    List<Row> errors = LocalSpark.session().read().json(out + "/errors")
        .select("doc_id", "origin", "stage", "reason", "message").orderBy("origin").collectAsList();
    assertThat(errors).hasSize(3);
    assertThat(errors).anySatisfy(r -> {
      assertThat(r.getString(0)).isEqualTo("bad");
      assertThat(r.getString(1)).endsWith("news.jsonl:2");
      assertThat(r.getString(2)).isEqualTo("nlp");
      assertThat(r.getString(4)).contains("the parser gave up");
    });
    assertThat(errors).anySatisfy(r -> {
      assertThat(r.isNullAt(0)).isTrue();
      assertThat(r.getString(1)).endsWith("news.jsonl:3");
      assertThat(r.getString(2)).isEqualTo("read");
      assertThat(r.getString(3)).isEqualTo("not JSON");
    });
    assertThat(errors).anySatisfy(r -> {
      assertThat(r.getString(1)).endsWith("missing.jsonl");
      assertThat(r.getString(3)).isEqualTo("missing file");
    });
  }

  @Test
  void anExistingOutputFolderIsRefused() throws IOException {
    Path in = dir.resolve("one.jsonl");
    Files.writeString(in, "{\"text\": \"Quiet day.\"}\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("taken"));

    assertThatThrownBy(() -> TacitusSpark.run(LocalSpark.session(), List.of(in.toString()),
        dir.resolve("taken").toString(), TacitusSpark.Options.defaults().withPipeline(SparkJobFailureTest::fake)))
        .isInstanceOf(JobException.class).hasMessageContaining("exists");
  }

  @Test
  void anUnknownLayoutIsRefusedBeforeTheJobStarts() {
    assertThatThrownBy(() -> TacitusSpark.Options.defaults().withLayouts(List.of("jsonl")))
        .isInstanceOf(JobException.class).hasMessageContaining("gdelt");
  }
}
