package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Actor;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Modality;
import org.tacitus.core.model.Span;
import org.tacitus.store.EventStore;

/** {@code tacitus query} and {@code tacitus sql} on a real DuckDB file written through the store's API. */
class QueryCommandTest {

  private static final CameoOntology CAMEO = CameoOntology.standard();
  private static final String TEXT = "Kenya met Ethiopia. Kenya criticised Ethiopia.";

  @TempDir
  static Path dir;

  private static Path db;

  private static Mention mention(int start, int end, String code) {
    return new Mention(0, 0, new Span(start, end), TEXT.substring(start, end), Actor.country(code), "test");
  }

  private static Event event(String code, String source, String target) {
    return new Event("a1", 0, CAMEO.code(code), mention(0, 5, source), Optional.of(mention(10, 18, target)),
        Modality.ASSERTED, new Span(0, 18), "test rule", 0.8, Optional.empty());
  }

  @BeforeAll
  static void store() {
    db = dir.resolve("events.duckdb");
    Article a = new Article("a1", TEXT, Optional.empty(), Optional.of(LocalDate.of(2024, 3, 4)), Optional.empty(),
        "test");
    CodedArticle coded = new CodedArticle(new AnnotatedArticle(a, List.of()), List.of(),
        List.of(event("043", "KEN", "ETH"), event("111", "KEN", "ETH")));
    try (EventStore store = EventStore.open(db)) {
      store.store(coded, "run-1");
    }
  }

  @Test
  void dyadSeriesCountsEachQuadClassByMonth() {
    Cli.Result r = Cli.run("query", "--db", db.toString(), "--dyad", "KEN-ETH", "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList()).containsExactly(
        "period,verbal_coop,material_coop,verbal_conflict,material_conflict,events,goldstein_sum,goldstein_mean",
        "2024-03-01,1,0,1,0,2," + (CAMEO.code("043").goldstein() + CAMEO.code("111").goldstein()) + ","
            + (CAMEO.code("043").goldstein() + CAMEO.code("111").goldstein()) / 2);
  }

  @Test
  void topCodesAndSearchAsJson() {
    Cli.Result codes = Cli.run("query", "--db", db.toString(), "--top-codes", "5", "--format", "json");
    assertThat(codes.out()).contains("\"code\" : \"043\"").contains("\"code\" : \"111\"");
    Cli.Result search = Cli.run("query", "--db", db.toString(), "--search", "met Eth");
    assertThat(search.out()).contains("KEN").contains("043");
  }

  @Test
  void sqlIsReadOnlyAndErrorsAreClear() {
    Cli.Result count = Cli.run("sql", "--db", db.toString(), "select count(*) as n from events", "--format", "csv");
    assertThat(count.out().lines().toList()).containsExactly("n", "2");
    Cli.Result delete = Cli.run("sql", "--db", db.toString(), "delete from events");
    assertThat(delete.code()).isEqualTo(1);
    assertThat(delete.err()).contains("only read-only queries").doesNotContain("Exception");
    Cli.Result missing = Cli.run("query", "--db", dir.resolve("none.duckdb").toString(), "--top-codes", "3");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such store");
    assertThat(Cli.run("query", "--db", db.toString(), "--dyad", "KEN").code()).isEqualTo(2);
  }
}
