package org.tacitus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tacitus.store.Articles.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.EventDate;
import org.tacitus.core.model.Place;
import org.tacitus.core.model.Span;

/** A version 1 file migrated to the current schema; articles read back with dates, places and filters. */
class MigrationAndReadTest {

  @TempDir
  Path dir;

  /** The version 1 tables as Tacitus 0.1 created them, written out here so that a change to Schema cannot hide. */
  private static final List<String> V1_DDL = List.of(
      "CREATE TABLE schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL, note VARCHAR)",
      "CREATE TABLE runs (run_id VARCHAR NOT NULL, started TIMESTAMP, tacitus_version VARCHAR, nlp VARCHAR,"
          + " dictionaries VARCHAR, config VARCHAR)",
      "CREATE TABLE articles (id VARCHAR NOT NULL, url VARCHAR, date DATE, title VARCHAR,"
          + " content_hash VARCHAR NOT NULL, text VARCHAR, run_id VARCHAR, stored TIMESTAMP NOT NULL)",
      "CREATE TABLE mentions (doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, head INTEGER,"
          + " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text VARCHAR, code VARCHAR NOT NULL,"
          + " country VARCHAR, sector VARCHAR, reason VARCHAR)",
      "CREATE TABLE events (doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, sentence INTEGER NOT NULL,"
          + " code VARCHAR NOT NULL, root VARCHAR NOT NULL, quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL,"
          + " source_code VARCHAR NOT NULL, source_country VARCHAR, source_sector VARCHAR, source_text VARCHAR,"
          + " source_start INTEGER, source_end INTEGER, target_code VARCHAR, target_country VARCHAR,"
          + " target_sector VARCHAR, target_text VARCHAR, target_start INTEGER, target_end INTEGER,"
          + " modality VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,"
          + " evidence_text VARCHAR, rule VARCHAR, confidence DOUBLE NOT NULL, reported_by_code VARCHAR,"
          + " event_date DATE)",
      "INSERT INTO schema_version VALUES (1, TIMESTAMP '2024-01-01 00:00:00', 'articles, mentions, events, runs')",
      "INSERT INTO articles VALUES ('old-1', 'https://example.org/old', DATE '2023-05-06', 'Old',"
          + " 'abc', 'Russia warned Pakistan.', 'run-0', TIMESTAMP '2024-01-01 00:00:00')",
      "INSERT INTO mentions VALUES ('old-1', 0, 0, 0, 6, 'Russia', 'RUS', 'RUS', NULL, 'country'),"
          + " ('old-1', 0, 2, 14, 22, 'Pakistan', 'PAK', 'PAK', NULL, 'country')",
      "INSERT INTO events VALUES ('old-1', 0, 0, '130', '13', 3, -4.4, 'RUS', 'RUS', NULL, 'Russia', 0, 6,"
          + " 'PAK', 'PAK', NULL, 'Pakistan', 14, 22, 'asserted', 7, 13, 'warned', '130 warn', 0.8, NULL,"
          + " DATE '2023-05-06')");

  @Test
  void aVersion1FileIsMigratedAndReadsBackWithArticleDates() throws SQLException, IOException {
    Path file = dir.resolve("v1.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
      for (String sql : V1_DDL) {
        st.execute(sql);
      }
    }
    try (EventStore store = EventStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(2);
      String golden;
      try (InputStream in = getClass().getResourceAsStream("schema-v2.txt")) {
        golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      // the migrated file has exactly the tables a new file has
      assertThat(SchemaGoldenTest.describe(store)).isEqualTo(golden);
      assertThat(store.sql("SELECT date_precision, date_reason, place_name FROM events").rows())
          .containsExactly(java.util.Arrays.asList("DAY", "article date", null));
      List<StoredCodedArticle> read = readAll(store, ExportFilter.ALL);
      assertThat(read).hasSize(1);
      CodedArticle a = read.get(0).coded();
      assertThat(a.article().text()).isEqualTo("Russia warned Pakistan.");
      assertThat(a.article().origin()).isEqualTo("store:old-1");
      Event e = a.events().get(0);
      assertThat(e.code().code()).isEqualTo("130");
      assertThat(e.evidence().of(a.article().text())).isEqualTo("warned");
      // dated by its article alone: reads back undated, as the coder made it (the article has the date)
      assertThat(e.date()).isEmpty();
      assertThat(a.article().date()).contains(LocalDate.of(2023, 5, 6));
      assertThat(e.place()).isEmpty();
      assertThat(a.mentions()).extracting(m -> m.actor().code()).containsExactly("RUS", "PAK");
    }
  }

  private static List<StoredCodedArticle> readAll(EventStore store, ExportFilter filter) throws IOException {
    List<StoredCodedArticle> out = new ArrayList<>();
    store.read(filter, out::add);
    return out;
  }

  private static CodedArticle datedAndPlaced() {
    CodedArticle plain = article("p1", "2024-03-10").event("RUSGOV", "met", "PAKGOV", "036")
        .event("PAK", "accused", "RUS", "112").build();
    Event first = plain.events().get(0)
        .withDate(new EventDate(LocalDate.of(2024, 3, 9), EventDate.Precision.DAY, Optional.of(new Span(0, 3)),
            "'yesterday' = article date - 1 day"))
        .withPlace(new Place("Islamabad", Place.GeoType.CITY, Optional.of("PAK"), Optional.of("Islamabad"),
            Optional.of(33.72), Optional.of(73.04), Optional.of(1176615L), Optional.of(new Span(4, 10)),
            "capital named in the sentence", List.of("Islamabad, PAK")));
    return new CodedArticle(plain.annotated(), plain.mentions(), List.of(first, plain.events().get(1)));
  }

  @Test
  void eventDatesAndPlacesReadBackAsStored() throws IOException {
    try (EventStore store = EventStore.open(dir.resolve("dp.duckdb"))) {
      CodedArticle coded = datedAndPlaced();
      store.store(coded, "r1");
      StoredCodedArticle read = readAll(store, ExportFilter.ALL).get(0);
      assertThat(read.textStored()).isTrue();
      assertThat(read.eventSeqs()).containsExactly(0, 1);
      Event e = read.coded().events().get(0);
      Event want = coded.events().get(0);
      assertThat(e.date()).isEqualTo(want.date());
      Place p = e.place().orElseThrow();
      assertThat(p).usingRecursiveComparison().ignoringFields("alternatives").isEqualTo(want.place().get());
      assertThat(p.alternatives()).isEmpty();
      // an event without its own date is stored with the article's, and reads back without one
      assertThat(read.coded().events().get(1).date()).isEmpty();
      assertThat(store.sql("SELECT CAST(event_date AS VARCHAR) FROM events ORDER BY seq").rows())
          .containsExactly(List.of("2024-03-09"), List.of("2024-03-10"));
    }
  }

  @Test
  void withoutItsTextAnArticleReadsBackItsStoredWordsAtTheirOffsets() throws IOException {
    try (EventStore store = EventStore.open(dir.resolve("notext.duckdb"))) {
      CodedArticle coded = datedAndPlaced();
      store.store(coded, "r1", false);
      StoredCodedArticle read = readAll(store, ExportFilter.ALL).get(0);
      assertThat(read.textStored()).isFalse();
      String text = read.coded().article().text();
      for (int i = 0; i < 2; i++) {
        Event want = coded.events().get(i);
        Event got = read.coded().events().get(i);
        assertThat(got.evidence().of(text)).isEqualTo(want.evidence().of(coded.article().text()));
        assertThat(got.source().span().of(text)).isEqualTo(want.source().text());
      }
      assertThat(store.textlessArticles()).containsExactly("p1");
    }
  }

  @Test
  void filtersTakeDatesActorsAndCodesAndKeepEventSeqs() throws IOException {
    try (EventStore store = EventStore.open(dir.resolve("f.duckdb"))) {
      for (CodedArticle a : EventStoreTest.dyadArticles()) {
        store.store(a, "r");
      }
      assertThat(readAll(store, ExportFilter.ALL)).extracting(s -> s.coded().article().id())
          .containsExactly("a1", "a2", "a3", "a4", "a5");
      ExportFilter january = new ExportFilter(Optional.of(LocalDate.of(2024, 1, 1)),
          Optional.of(LocalDate.of(2024, 1, 31)), Optional.empty(), Optional.empty());
      assertThat(readAll(store, january)).extracting(s -> s.coded().article().id())
          .containsExactly("a1", "a2", "a5");
      ExportFilter usa = new ExportFilter(Optional.empty(), Optional.empty(), Optional.of("USA"), Optional.empty());
      List<StoredCodedArticle> a3 = readAll(store, usa);
      assertThat(a3).hasSize(1);
      assertThat(a3.get(0).coded().events()).extracting(e -> e.code().code()).containsExactly("042");
      assertThat(a3.get(0).eventSeqs()).containsExactly(1);
      assertThat(a3.get(0).coded().mentions()).hasSize(4);
      ExportFilter accusations = new ExportFilter(Optional.empty(), Optional.empty(), Optional.of("RUS"),
          Optional.of("11"));
      assertThat(readAll(store, accusations)).extracting(s -> s.coded().article().id())
          .containsExactly("a1", "a5");
    }
  }
}
