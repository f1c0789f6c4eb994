package org.tacitus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tacitus.store.Articles.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.cameo.QuadClass;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Provenance;

class EventStoreTest {

  @TempDir
  Path dir;

  /** Six articles around the Russia-Pakistan dyad; see the expected figures in each query test. */
  static List<CodedArticle> dyadArticles() {
    return List.of(
        article("a1", "2024-01-01")
            .event("RUSGOV", "meets", "PAK", "036")
            .event("PAK", "accuses", "RUS", "112").build(),
        article("a2", "2024-01-03").event("RUS", "attacks", "PAKMIL", "190").build(),
        article("a3", "2024-02-10")
            .event("RUSGOV", "signs a deal with", "PAKGOV", "057")
            .event("USA", "visits", "RUS", "042").build(),
        article("a4", null).event("RUS", "meets", "PAK", "036").build(),
        article("a5", "2024-01-03").event("RUSGOV", "accuses", null, "112").build());
  }

  private EventStore filled() {
    EventStore store = EventStore.open(dir.resolve("events.duckdb"));
    for (CodedArticle a : dyadArticles()) {
      store.store(a, "run-1");
    }
    return store;
  }

  // ------------------------------------------------------------------------------------------ schema

  @Test
  void createsTheSchemaAndKeepsItsVersionAcrossReopening() {
    Path file = dir.resolve("sub/folder/events.duckdb");
    try (EventStore store = EventStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(EventStore.SCHEMA_VERSION).isEqualTo(2);
      QueryResult tables = store.sql("SELECT table_name FROM information_schema.tables ORDER BY 1");
      assertThat(tables.rows()).extracting(r -> r.get(0))
          .containsExactly("articles", "events", "mentions", "runs", "schema_version", "sentences");
      store.store(dyadArticles().get(0), "r");
    }
    try (EventStore store = EventStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(2);
      assertThat(store.sql("SELECT count(*) FROM schema_version").rows().get(0).get(0)).isEqualTo(2L);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 4, 2, 0));
    }
  }

  @Test
  void aFileFromANewerSchemaIsRefusedNamingFileAndVersions() throws Exception {
    Path file = dir.resolve("future.duckdb");
    EventStore.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO schema_version VALUES (3, TIMESTAMP '2030-01-01 00:00:00', 'from the future')");
    }
    assertThatThrownBy(() -> EventStore.open(file))
        .isInstanceOf(NewerSchemaException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("schema version 3")
        .hasMessageContaining("up to 2");
    assertThatThrownBy(() -> EventStore.openReadOnly(file)).isInstanceOf(NewerSchemaException.class);
    // the refused file is closed again: it can be opened by plain JDBC
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      assertThat(c.isClosed()).isFalse();
    }
  }

  @Test
  void aFileThatIsNotADatabaseOrIsMissingIsNamed() throws Exception {
    Path junk = dir.resolve("notes.duckdb");
    Files.writeString(junk, "these are not the events you are looking for\n".repeat(200));
    assertThatThrownBy(() -> EventStore.open(junk))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(junk.toString());
    Path missing = dir.resolve("missing.duckdb");
    assertThatThrownBy(() -> EventStore.openReadOnly(missing))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  // ------------------------------------------------------------------------------------------ writing

  @Test
  void storesRowsOfAnArticle() {
    try (EventStore store = filled()) {
      assertThat(store.counts()).isEqualTo(new StoreCounts(5, 13, 7, 0));
      QueryResult art = store.sql("SELECT id, url, date, title, content_hash, text, run_id FROM articles"
          + " WHERE id = 'a1'");
      List<Object> row = art.rows().get(0);
      assertThat(row.get(0)).isEqualTo("a1");
      assertThat(row.get(1)).isEqualTo("https://example.org/a1");
      assertThat(String.valueOf(row.get(2))).isEqualTo("2024-01-01");
      assertThat(row.get(3)).isEqualTo("Title of a1");
      assertThat(row.get(4)).isEqualTo(EventStore.contentHash("RUSGOV meets PAK. PAK accuses RUS."));
      assertThat(row.get(5)).isEqualTo("RUSGOV meets PAK. PAK accuses RUS.");
      assertThat(row.get(6)).isEqualTo("run-1");
      QueryResult ev = store.sql("SELECT seq, sentence, code, root, quad_class, goldstein, source_code,"
          + " source_country, source_sector, source_text, source_start, source_end, target_code, target_text,"
          + " modality, evidence_start, evidence_end, evidence_text, rule, confidence, reported_by_code,"
          + " CAST(event_date AS VARCHAR) FROM events WHERE doc_id = 'a1' ORDER BY seq");
      assertThat(ev.rows().get(0)).containsExactly(0, 0, "036", "03", (byte) 1, 4.0, "RUSGOV", "RUS", "GOV",
          "RUSGOV", 0, 6, "PAK", "PAK", "asserted", 7, 12, "meets", "test: meets", 0.9, null, "2024-01-01");
      assertThat(ev.rows().get(1).get(2)).isEqualTo("112");
      QueryResult m = store.sql("SELECT sentence, span_start, span_end, text, code, country, sector, reason"
          + " FROM mentions WHERE doc_id = 'a2' ORDER BY span_start");
      assertThat(m.rows()).hasSize(2);
      assertThat(m.rows().get(1)).containsExactly(0, 12, 18, "PAKMIL", "PAKMIL", "PAK", "MIL",
          "test actor 'PAKMIL'");
    }
  }

  @Test
  void withoutTextTheArticleRowKeepsOnlyItsHash() {
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      store.store(dyadArticles().get(0), "r", false);
      List<Object> row = store.sql("SELECT text, content_hash FROM articles").rows().get(0);
      assertThat(row.get(0)).isNull();
      assertThat(row.get(1)).isEqualTo(EventStore.contentHash(dyadArticles().get(0).article().text()));
      assertThat(store.counts().events()).isEqualTo(2);
    }
  }

  @Test
  void storingTheSameArticleTwiceReplacesItsRows() {
    try (EventStore store = filled()) {
      StoreCounts before = store.counts();
      for (CodedArticle a : dyadArticles()) {
        store.store(a, "run-2");
      }
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.sql("SELECT DISTINCT run_id FROM articles").rows()).containsExactly(List.of("run-2"));
    }
  }

  @Test
  void aNewVersionOfAnArticleUnderTheSameIdReplacesTheOld() {
    try (EventStore store = filled()) {
      store.store(article("a1", "2024-01-01").event("RUS", "arrests", "UKR", "173").build(), "run-2");
      assertThat(store.counts()).isEqualTo(new StoreCounts(5, 11, 6, 0));
      assertThat(store.sql("SELECT code, target_code FROM events WHERE doc_id = 'a1'").rows())
          .containsExactly(List.of("173", "UKR"));
    }
  }

  @Test
  void theSameTextUnderAnotherIdReplacesTheOldId() {
    try (EventStore store = filled()) {
      CodedArticle copy = Articles.withId(dyadArticles().get(0), "a1-syndicated");
      store.store(copy, "run-2");
      assertThat(store.counts()).isEqualTo(new StoreCounts(5, 13, 7, 0));
      assertThat(store.sql("SELECT count(*) FROM events WHERE doc_id = 'a1'").rows().get(0).get(0)).isEqualTo(0L);
      assertThat(store.sql("SELECT count(*) FROM mentions WHERE doc_id = 'a1-syndicated'").rows().get(0).get(0))
          .isEqualTo(4L);
      assertThat(store.sql("SELECT id FROM articles ORDER BY id").rows()).extracting(r -> r.get(0))
          .containsExactly("a1-syndicated", "a2", "a3", "a4", "a5");
    }
  }

  @Test
  void aFailureMidArticleLeavesNoRowsOfItAndKeepsTheOldVersion() {
    try (EventStore store = EventStore.open(dir.resolve("tx.duckdb"))) {
      List<CodedArticle> arts = dyadArticles();
      store.store(arts.get(0), "r");
      store.afterMentions = docId -> {
        throw new IllegalStateException("simulated crash after the mentions of " + docId);
      };
      assertThatThrownBy(() -> store.store(arts.get(1), "r")).hasMessageContaining("simulated crash after the"
          + " mentions of a2");
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 4, 2, 0));
      assertThat(store.sql("SELECT count(*) FROM mentions WHERE doc_id = 'a2'").rows().get(0).get(0)).isEqualTo(0L);
      // a failed replacement leaves the stored version whole
      assertThatThrownBy(() -> store.store(article("a1", "2024-01-01").event("RUS", "arrests", "UKR", "173").build(),
          "r")).isInstanceOf(IllegalStateException.class);
      assertThat(store.sql("SELECT code FROM events WHERE doc_id = 'a1' ORDER BY seq").rows())
          .containsExactly(List.of("036"), List.of("112"));
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 4, 2, 0));
      store.afterMentions = docId -> { };
      store.store(arts.get(1), "r");
      assertThat(store.counts()).isEqualTo(new StoreCounts(2, 6, 3, 0));
    }
  }

  @Test
  void aSpanOutsideTheTextIsRefusedBeforeWriting() {
    try (EventStore store = EventStore.open(dir.resolve("span.duckdb"))) {
      CodedArticle good = dyadArticles().get(1);
      CodedArticle bad = new CodedArticle(new org.tacitus.core.model.AnnotatedArticle(
          org.tacitus.core.model.Article.of("a2", "RUS"), List.of()), good.mentions(), good.events());
      assertThatThrownBy(() -> store.store(bad, "r"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("article 'a2' sentence 0")
          .hasMessageContaining("the text has 3 characters");
      assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0));
    }
  }

  @Test
  void runsKeepTheirProvenance() {
    try (EventStore store = EventStore.open(dir.resolve("runs.duckdb"))) {
      Provenance p = Provenance.of("0.1.0", "Stanford CoreNLP 4.5.10", Map.of("actors.txt", "ab\"c"),
          Map.of("threads", "2", "path", "C:\\x\ny"));
      String id = store.startRun(p);
      store.recordRun("fixed", Instant.parse("2024-01-01T10:00:00Z"), p);
      store.recordRun("fixed", Instant.parse("2024-01-01T11:00:00Z"), p);
      List<RunRecord> runs = store.runs();
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).runId()).isEqualTo("fixed");
      assertThat(runs.get(0).started()).isEqualTo(Instant.parse("2024-01-01T11:00:00Z"));
      assertThat(runs.get(1).runId()).isEqualTo(id);
      assertThat(runs.get(0).dictionariesJson()).isEqualTo("{\"actors.txt\":\"ab\\\"c\"}");
      assertThat(runs.get(0).configJson()).isEqualTo("{\"path\":\"C:\\\\x\\ny\",\"threads\":\"2\"}");
      // DuckDB's own JSON reader must accept it (json is built in, not an extension to install)
      assertThat(store.sql("SELECT CAST(config AS JSON)->>'threads' FROM runs WHERE run_id = 'fixed'").rows())
          .containsExactly(List.of("2"));
    }
  }

  // ------------------------------------------------------------------------------------------ queries

  @Test
  void dyadSeriesPerDayCountsBothDirectionsAndSkipsUndatedAndUntargeted() {
    try (EventStore store = filled()) {
      assertThat(store.dyadSeries("RUS", "PAK", Granularity.DAY)).containsExactly(
          new DyadPeriod(LocalDate.parse("2024-01-01"), 1, 0, 1, 0, 2, 2.0, 1.0),
          new DyadPeriod(LocalDate.parse("2024-01-03"), 0, 0, 0, 1, 1, -10.0, -10.0),
          new DyadPeriod(LocalDate.parse("2024-02-10"), 1, 0, 0, 0, 1, 8.0, 8.0));
      // the order of the two actors does not matter in BOTH
      assertThat(store.dyadSeries("PAK", "RUS", Granularity.DAY))
          .isEqualTo(store.dyadSeries("RUS", "PAK", Granularity.DAY));
    }
  }

  @Test
  void dyadSeriesPerWeekAndMonth() {
    try (EventStore store = filled()) {
      List<DyadPeriod> weeks = store.dyadSeries("RUS", "PAK", Granularity.WEEK);
      assertThat(weeks).extracting(DyadPeriod::period)
          .containsExactly(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-05"));
      assertThat(weeks.get(0).events()).isEqualTo(3);
      assertThat(weeks.get(0).goldsteinSum()).isEqualTo(-8.0);
      assertThat(weeks.get(0).goldsteinMean()).isCloseTo(-8.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
      List<DyadPeriod> months = store.dyadSeries("RUS", "PAK", Granularity.MONTH);
      assertThat(months).extracting(DyadPeriod::period, DyadPeriod::events).containsExactly(
          org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-01-01"), 3L),
          org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-02-01"), 1L));
    }
  }

  @Test
  void dyadSeriesDirectedAndByPrefix() {
    try (EventStore store = filled()) {
      assertThat(store.dyadSeries("RUS", "PAK", Granularity.DAY, Direction.DIRECTED))
          .extracting(DyadPeriod::period, DyadPeriod::goldsteinSum).containsExactly(
              org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-01-01"), 4.0),
              org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-01-03"), -10.0),
              org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-02-10"), 8.0));
      assertThat(store.dyadSeries("PAK", "RUS", Granularity.DAY, Direction.DIRECTED))
          .containsExactly(new DyadPeriod(LocalDate.parse("2024-01-01"), 0, 0, 1, 0, 1, -2.0, -2.0));
      // RUSGOV does not match plain RUS; PAK matches PAKGOV
      assertThat(store.dyadSeries("RUSGOV", "PAK", Granularity.MONTH, Direction.DIRECTED))
          .extracting(DyadPeriod::events).containsExactly(1L, 1L);
      assertThat(store.dyadSeries("RUS", "CHN", Granularity.DAY)).isEmpty();
      assertThatThrownBy(() -> store.dyadSeries(" ", "PAK", Granularity.DAY))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor code a is empty");
    }
  }

  @Test
  void topActorsCountSourceAndTargetByFullCode() {
    try (EventStore store = filled()) {
      assertThat(store.topActors(3)).containsExactly(
          new ActorCount("RUS", 2, 2, 4),
          new ActorCount("PAK", 1, 2, 3),
          new ActorCount("RUSGOV", 3, 0, 3));
      assertThat(store.topActors(100)).hasSize(6);
    }
  }

  @Test
  void topCodesWithTheirNames() {
    try (EventStore store = filled()) {
      assertThat(store.topCodes(2)).containsExactly(
          new CodeCount("036", "Express intent to meet or negotiate", 2),
          new CodeCount("112", "Accuse, not specified below", 2));
      assertThat(store.topCodes(10)).hasSize(5);
    }
  }

  @Test
  void actorEventsByPrefixNewestFirstUndatedLast() {
    try (EventStore store = filled()) {
      List<StoredEvent> pak = store.actorEvents("PAK", 10);
      assertThat(pak).extracting(StoredEvent::docId, StoredEvent::code).containsExactly(
          org.assertj.core.groups.Tuple.tuple("a3", "057"),
          org.assertj.core.groups.Tuple.tuple("a2", "190"),
          org.assertj.core.groups.Tuple.tuple("a1", "036"),
          org.assertj.core.groups.Tuple.tuple("a1", "112"),
          org.assertj.core.groups.Tuple.tuple("a4", "036"));
      StoredEvent e = pak.get(1);
      assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
      assertThat(e.goldstein()).isEqualTo(-10.0);
      assertThat(e.sourceCode()).isEqualTo("RUS");
      assertThat(e.targetCode()).contains("PAKMIL");
      assertThat(e.evidenceText()).isEqualTo("attacks");
      assertThat(e.eventDate()).contains(LocalDate.parse("2024-01-03"));
      assertThat(pak.get(4).eventDate()).isEmpty();
      assertThat(store.actorEvents("PAK", 2)).hasSize(2);
      assertThat(store.actorEvents("USA", 10)).extracting(StoredEvent::evidenceText).containsExactly("visits");
      assertThat(store.actorEvents("RUSGOV", 10)).hasSize(3);
    }
  }

  @Test
  void searchEvidenceIgnoresCaseAndMatchesWildcardsLiterally() {
    try (EventStore store = filled()) {
      assertThat(store.searchEvidence("ATTACK", 10)).extracting(StoredEvent::docId).containsExactly("a2");
      assertThat(store.searchEvidence("accuses", 10)).extracting(StoredEvent::docId).containsExactly("a5", "a1");
      assertThat(store.searchEvidence("deal with", 10)).hasSize(1);
      assertThat(store.searchEvidence("%", 10)).isEmpty();
      assertThat(store.searchEvidence("_", 10)).isEmpty();
      store.store(article("p", "2024-03-01").event("RUS", "cut 50%_of", "PAK", "112").build(), "r");
      assertThat(store.searchEvidence("50%_", 10)).extracting(StoredEvent::docId).containsExactly("p");
      assertThat(store.searchEvidence("%", 10)).hasSize(1);
    }
  }

  // ------------------------------------------------------------------------------------------ sql

  @Test
  void sqlRunsReadingStatements() {
    try (EventStore store = filled()) {
      QueryResult r = store.sql("  -- how many\n SELECT count(*) AS n FROM events;");
      assertThat(r.columns()).containsExactly("n");
      assertThat(r.rows()).containsExactly(List.of(7L));
      assertThat(r.truncated()).isFalse();
      assertThat(store.sql("WITH x AS (SELECT code FROM events) SELECT count(DISTINCT code) FROM x").rows())
          .containsExactly(List.of(5L));
      assertThat(store.sql("SELECT ';' AS s").rows()).containsExactly(List.of(";"));
      assertThat(store.sql("SELECT 1 /* ; */ AS one; -- the end; of it").rows()).containsExactly(List.of(1));
      assertThat(store.sql("DESCRIBE events").rows()).hasSize(46);
      assertThat(store.sql("SHOW TABLES").rows()).hasSize(6);
      assertThat(store.sql("EXPLAIN SELECT * FROM events").columns()).isNotEmpty();
      assertThat(store.sql("FROM articles SELECT id").rows()).hasSize(5);
      QueryResult big = store.sql("SELECT * FROM range(100)", 10);
      assertThat(big.rows()).hasSize(10);
      assertThat(big.truncated()).isTrue();
    }
  }

  @Test
  void sqlRejectsWritingStatementsWithAClearMessage() {
    try (EventStore store = filled()) {
      for (String bad : List.of("DELETE FROM events", "drop table events", "INSERT INTO runs VALUES ('x')",
          "UPDATE events SET code = '010'", "ATTACH 'other.duckdb' AS o", "COPY events TO 'out.csv'",
          "PRAGMA enable_profiling", "CREATE TABLE t (x INT)", "/* hi */ CHECKPOINT")) {
        assertThatThrownBy(() -> store.sql(bad)).as(bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("only read-only queries are allowed")
            .hasMessageContaining("expected one of SELECT, WITH, SHOW, DESCRIBE, EXPLAIN");
      }
      assertThatThrownBy(() -> store.sql("SELECT 1; DELETE FROM events"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one statement at a time");
      assertThatThrownBy(() -> store.sql("   ")).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.counts().events()).isEqualTo(7);
    }
  }

  @Test
  void sqlCannotChangeTheStoreEvenThroughExplainAnalyze() {
    try (EventStore store = filled()) {
      try {
        store.sql("EXPLAIN ANALYZE DELETE FROM events");
      } catch (StoreException acceptable) {
        // DuckDB may refuse it; either way nothing may change
      }
      assertThat(store.counts().events()).isEqualTo(7);
    }
  }

  @Test
  void sqlErrorsCarryDuckDbsMessage() {
    try (EventStore store = filled()) {
      assertThatThrownBy(() -> store.sql("SELECT nonsense FROM events"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("nonsense");
    }
  }

  @Test
  void aReadOnlyStoreAnswersQueriesAndRefusesWrites() {
    Path file = dir.resolve("events.duckdb");
    filled().close();
    try (EventStore store = EventStore.openReadOnly(file)) {
      assertThat(store.readOnly()).isTrue();
      assertThat(store.counts().articles()).isEqualTo(5);
      assertThat(store.topActors(1)).extracting(ActorCount::code).containsExactly("RUS");
      assertThat(store.sql("SELECT count(*) FROM mentions").rows()).containsExactly(List.of(13L));
      assertThatThrownBy(() -> store.store(dyadArticles().get(0), "r"))
          .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
    }
  }
}
