package org.tacitus.store;

import java.util.List;

/**
 * The schema versions and the statements that migrate a database from one to the next. A migration is never edited
 * once released: a change is a new version appended here, with its statements and a line in docs/STORE.md.
 */
final class Schema {

  /** The newest schema version this code writes and reads. */
  static final int CURRENT = 2;

  static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
      + "version INTEGER NOT NULL, applied TIMESTAMP NOT NULL, note VARCHAR)";

  /** One migration: the statements that take a database from {@code version - 1} to {@code version}. */
  record Migration(int version, String note, List<String> statements) {
  }

  static final List<Migration> MIGRATIONS = List.of(
      new Migration(1, "articles, mentions, events, runs", List.of(
          "CREATE TABLE runs ("
              + "run_id VARCHAR NOT NULL, started TIMESTAMP, tacitus_version VARCHAR, nlp VARCHAR, "
              + "dictionaries VARCHAR, config VARCHAR)",
          "CREATE TABLE articles ("
              + "id VARCHAR NOT NULL, url VARCHAR, date DATE, title VARCHAR, content_hash VARCHAR NOT NULL, "
              + "text VARCHAR, run_id VARCHAR, stored TIMESTAMP NOT NULL)",
          "CREATE TABLE mentions ("
              + "doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, head INTEGER, span_start INTEGER NOT NULL, "
              + "span_end INTEGER NOT NULL, text VARCHAR, code VARCHAR NOT NULL, country VARCHAR, sector VARCHAR, "
              + "reason VARCHAR)",
          "CREATE TABLE events ("
              + "doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, sentence INTEGER NOT NULL, code VARCHAR NOT NULL, "
              + "root VARCHAR NOT NULL, quad_class TINYINT NOT NULL, goldstein DOUBLE NOT NULL, "
              + "source_code VARCHAR NOT NULL, source_country VARCHAR, source_sector VARCHAR, source_text VARCHAR, "
              + "source_start INTEGER, source_end INTEGER, "
              + "target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_text VARCHAR, "
              + "target_start INTEGER, target_end INTEGER, "
              + "modality VARCHAR NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, "
              + "evidence_text VARCHAR, rule VARCHAR, confidence DOUBLE NOT NULL, reported_by_code VARCHAR, "
              + "event_date DATE)")),
      new Migration(2, "event dates and places, sentences, article origin, reporter mentions", List.of(
          "ALTER TABLE articles ADD COLUMN origin VARCHAR",
          "CREATE TABLE sentences ("
              + "doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, "
              + "span_end INTEGER NOT NULL)",
          "ALTER TABLE events ADD COLUMN reported_by_country VARCHAR",
          "ALTER TABLE events ADD COLUMN reported_by_sector VARCHAR",
          "ALTER TABLE events ADD COLUMN reported_by_text VARCHAR",
          "ALTER TABLE events ADD COLUMN reported_by_start INTEGER",
          "ALTER TABLE events ADD COLUMN reported_by_end INTEGER",
          "ALTER TABLE events ADD COLUMN date_precision VARCHAR",
          "ALTER TABLE events ADD COLUMN date_evidence_start INTEGER",
          "ALTER TABLE events ADD COLUMN date_evidence_end INTEGER",
          "ALTER TABLE events ADD COLUMN date_reason VARCHAR",
          "ALTER TABLE events ADD COLUMN place_name VARCHAR",
          "ALTER TABLE events ADD COLUMN place_type VARCHAR",
          "ALTER TABLE events ADD COLUMN place_country VARCHAR",
          "ALTER TABLE events ADD COLUMN place_admin1 VARCHAR",
          "ALTER TABLE events ADD COLUMN place_lat DOUBLE",
          "ALTER TABLE events ADD COLUMN place_lon DOUBLE",
          "ALTER TABLE events ADD COLUMN place_geonames_id BIGINT",
          "ALTER TABLE events ADD COLUMN place_evidence_start INTEGER",
          "ALTER TABLE events ADD COLUMN place_evidence_end INTEGER",
          "ALTER TABLE events ADD COLUMN place_reason VARCHAR",
          // v1 wrote the article's date as the event date
          "UPDATE events SET date_precision = 'DAY', date_reason = 'article date' WHERE event_date IS NOT NULL")));

  private Schema() {
  }
}
