package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.store.EventStore;
import org.tacitus.store.QueryResult;

/**
 * {@code code --db}, {@code query}, {@code export} and {@code recode} end to end on real DuckDB files, with the CoreNLP
 * models (loaded once for the JVM).
 */
@Tag("corenlp")
class StoreCliTest {

  @TempDir
  Path dir;

  @BeforeAll
  static void loadModels() {
    SharedPipeline.get();
  }

  private static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(EventJson.MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  private static boolean between(JsonNode e, String a, String b) {
    if (e.get("target").isNull()) {
      return false;
    }
    String s = e.get("source").get("code").asText();
    String t = e.get("target").get("code").asText();
    return s.startsWith(a) && t.startsWith(b) || s.startsWith(b) && t.startsWith(a);
  }

  @Test
  void theSeedArticlesDyadSeriesCountsWhatCodeWrote() throws IOException {
    Path seed = SharedPipeline.shared().resolve("seed").resolve("article.txt");
    assumeTrue(Files.exists(seed), "shared/seed/article.txt not found (-Dtacitus.shared)");
    Path db = dir.resolve("s.duckdb");
    Cli.Result code = Cli.run("code", "--db", db.toString(), seed.toString(), "--date", "2017-12-15");
    assertThat(code.code()).as(code.err()).isZero();
    List<JsonNode> events = lines(code.out());
    long[] quad = new long[5];
    double goldstein = 0;
    for (JsonNode e : events) {
      if (between(e, "RUS", "PAK")) {
        quad[e.get("quad_class").asInt()]++;
        goldstein += e.get("goldstein").asDouble();
      }
    }
    long dyad = quad[1] + quad[2] + quad[3] + quad[4];
    assertThat(dyad).as("the seed article has Russia-Pakistan events").isPositive();
    Cli.Result q = Cli.run("query", "--db", db.toString(), "--dyad", "RUS-PAK", "--format", "csv");
    assertThat(q.code()).as(q.err()).isZero();
    List<String> rows = q.out().lines().toList();
    assertThat(rows).hasSize(2);
    String[] f = rows.get(1).split(",");
    assertThat(f[0]).isEqualTo("2017-12-01");
    assertThat(List.of(f[1], f[2], f[3], f[4], f[5])).containsExactly(Long.toString(quad[1]),
        Long.toString(quad[2]), Long.toString(quad[3]), Long.toString(quad[4]), Long.toString(dyad));
    assertThat(Double.parseDouble(f[6])).isCloseTo(goldstein, org.assertj.core.data.Offset.offset(1e-9));

    // export of the same store: one GDELT row per event, and the mentions of the same events
    Cli.Result gdelt = Cli.run("export", "--db", db.toString(), "--format", "gdelt");
    assertThat(gdelt.code()).as(gdelt.err()).isZero();
    assertThat(gdelt.out().lines()).hasSize(events.size());
    Cli.Result pak = Cli.run("export", "--db", db.toString(), "--actor", "PAK", "--format", "jsonl");
    assertThat(lines(pak.out())).hasSize((int) events.stream().filter(e -> e.get("source").get("code").asText()
        .startsWith("PAK") || !e.get("target").isNull() && e.get("target").get("code").asText().startsWith("PAK"))
        .count());
  }

  @Test
  void recodeAppliesAChangedDictionaryToTheStoredTextAndRecordsTheRun() throws IOException {
    Path story = Files.writeString(dir.resolve("story.txt"),
        "Elbonia and Kenya signed a trade agreement on Monday.\n\nThe Kenyan foreign minister later praised"
            + " Elbonia.\n");
    Path db = dir.resolve("r.duckdb");
    Cli.Result first = Cli.run("code", "--db", db.toString(), story.toString(), "--date", "2024-05-06");
    assertThat(first.code()).as(first.err()).isZero();
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.sql("SELECT count(*) FROM events WHERE source_code = 'ALB' OR target_code = 'ALB'").rows())
          .containsExactly(List.of(0L));
    }
    Path actors = Files.writeString(dir.resolve("Elbonia.actors"), "# an invented country\nELBONIA [ALB]\n");
    Cli.Result recode = Cli.run("recode", "--db", db.toString(), "--actors", actors.toString());
    assertThat(recode.code()).as(recode.err()).isZero();
    assertThat(recode.err()).contains("recoded (run ").contains("1 coded");
    try (EventStore store = EventStore.open(db)) {
      assertThat(store.sql("SELECT count(*) FROM events WHERE source_code = 'ALB' OR target_code = 'ALB'").rows()
          .get(0).get(0)).isNotEqualTo(0L);
      QueryResult runs = store.sql("SELECT run_id, dictionaries FROM runs ORDER BY started");
      assertThat(runs.rows()).hasSize(2);
      String newRun = (String) runs.rows().get(1).get(0);
      assertThat((String) runs.rows().get(1).get(1)).contains(actors.toString())
          .contains(UserDictionariesTest.sha256(actors));
      assertThat((String) runs.rows().get(0).get(1)).doesNotContain(actors.toString());
      assertThat(store.sql("SELECT run_id, CAST(date AS VARCHAR), count(*) OVER () FROM articles").rows())
          .containsExactly(List.of(newRun, "2024-05-06", 1L));
    }
  }
}
