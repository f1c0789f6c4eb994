package org.tacitus.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tab-separated layouts load in DuckDB's CSV reader with the columns typed as their codebooks type them: the
 * reader a GDELT or Phoenix user would point at our files.
 */
class DuckDbReadTest {

  @TempDir
  Path dir;

  private static String gdeltColumns() {
    List<String> typed = new ArrayList<>();
    for (String c : GdeltFormat.COLUMNS) {
      typed.add("'" + c + "': '" + gdeltType(c) + "'");
    }
    return "{" + String.join(", ", typed) + "}";
  }

  private static String gdeltType(String column) {
    return switch (column) {
      case "GlobalEventID", "DATEADDED" -> "BIGINT";
      case "Day", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions", "NumSources", "NumArticles",
          "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type" -> "INTEGER";
      case "FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
          "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long" -> "DOUBLE";
      default -> "VARCHAR";
    };
  }

  private static String phoenixColumns() {
    return PhoenixFormat.COLUMNS.stream().map(c -> "'" + c + "': '" + switch (c) {
      case "EventID" -> "BIGINT";
      case "Date", "Year", "Month", "Day", "QuadClass" -> "INTEGER";
      case "GoldsteinScore", "Lat", "Lon" -> "DOUBLE";
      default -> "VARCHAR";
    } + "'").collect(Collectors.joining(", ", "{", "}"));
  }

  private Path file(OutputFormat format) throws IOException {
    Path f = dir.resolve(format.label() + ".tsv");
    Files.writeString(f, Fixture.write(format, false), StandardCharsets.UTF_8);
    return f;
  }

  private static String readCsv(Path file, String columns) {
    return "read_csv('" + file.toString().replace("'", "''") + "', delim='\\t', header=false, columns=" + columns
        + ")";
  }

  @Test
  void gdeltLoadsWithItsTypes() throws IOException, SQLException {
    Path f = file(OutputFormat.GDELT);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + readCsv(f, gdeltColumns()))) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(Fixture.events());
      }
      try (ResultSet rs = st.executeQuery("SELECT GlobalEventID, Day, MonthYear, Year, FractionDate, Actor1Code,"
          + " Actor1Name, Actor2Code, Actor2Name, IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass,"
          + " GoldsteinScale, NumMentions, AvgTone, ActionGeo_Lat, DATEADDED, SOURCEURL FROM "
          + readCsv(f, gdeltColumns()))) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= 20; i++) {
            row.add(String.valueOf(rs.getObject(i)));
          }
          rows.add(String.join("|", row));
        }
        assertThat(rows.get(0)).isEqualTo(Cells.eventId("wire/1", 0, 0) + "|20240305|202403|2024|2024.1781"
            + "|KENGOV|'REFORMIST' KENYAN MINISTER|IGOUNO|UN ENVOYS|1|040|040|04|1|1.0|1|null|null|20240306123000"
            + "|https://example.org/kenya-eritrea?id=1&lang=en");
        assertThat(rows.get(2)).contains("|COP|POLICE|ERI|ERITREA|0|111|111|11|3|-2.0|");
        assertThat(rows.get(3)).startsWith(Cells.eventId("plain.txt", 0, 0) + "|null|null|null|null|RUS|RUSSIA|");
        assertThat(rows.get(3)).contains("|130|130|13|3|-4.4|").endsWith("|null");
      }
    }
  }

  @Test
  void phoenixLoadsWithItsTypes() throws IOException, SQLException {
    Path f = file(OutputFormat.PHOENIX);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT EventID, Date, Month, SourceActorFull, SourceActorEntity,"
            + " SourceActorRole, TargetActorFull, EventCode, EventRootCode, QuadClass, GoldsteinScore, SentenceID"
            + " FROM " + readCsv(f, phoenixColumns()))) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(String.join("|", row));
      }
      assertThat(rows).hasSize(Fixture.events());
      assertThat(rows.get(0)).isEqualTo(Cells.eventId("wire/1", 0, 0)
          + "|20240305|3|KENGOV|KEN|GOV|IGOUNO|040|04|1|1.0|wire/1_0");
      assertThat(rows.get(2)).endsWith("|---COP|null|COP|ERI|111|11|3|-2.0|wire/1_1");
      assertThat(rows.get(3)).isEqualTo(Cells.eventId("plain.txt", 0, 0)
          + "|null|null|RUS|RUS|null|UKR|130|13|3|-4.4|plain.txt_0");
    }
  }

  private static String mentionsColumns() {
    return GdeltMentionsFormat.COLUMNS.stream().map(c -> "'" + c + "': '" + switch (c) {
      case "GlobalEventID", "EventTimeDate", "MentionTimeDate" -> "BIGINT";
      case "MentionType", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText",
          "Confidence", "MentionDocLen" -> "INTEGER";
      case "MentionDocTone" -> "DOUBLE";
      default -> "VARCHAR";
    } + "'").collect(Collectors.joining(", ", "{", "}"));
  }

  @Test
  void gdeltMentionsLoadWithTheirTypesAndJoinTheEvents() throws IOException, SQLException {
    Path events = dir.resolve("daily.gdelt.tsv");
    Path mentions = dir.resolve("daily.mentions.tsv");
    Files.writeString(events, Fixture.writeDaily(OutputFormat.GDELT, false), StandardCharsets.UTF_8);
    Files.writeString(mentions, Fixture.writeDaily(OutputFormat.MENTIONS, false), StandardCharsets.UTF_8);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT e.GlobalEventID, e.NumMentions, e.NumSources, e.NumArticles,"
            + " count(*) AS n, string_agg(m.MentionSourceName, ',' ORDER BY m.MentionSourceName),"
            + " min(m.Confidence), typeof(min(m.MentionTimeDate)), typeof(min(m.Actor2CharOffset))"
            + " FROM " + readCsv(events, gdeltColumns()) + " e JOIN " + readCsv(mentions, mentionsColumns())
            + " m ON e.GlobalEventID = m.GlobalEventID GROUP BY ALL ORDER BY e.GlobalEventID")) {
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(String.join("|", row));
      }
      // every event row has as many mention rows as its NumMentions
      assertThat(rows).hasSize(4).allSatisfy(r -> {
        String[] f = r.split("\\|");
        assertThat(f[4]).isEqualTo(f[1]);
      });
      assertThat(rows).contains(Cells.eventId("wire/1", 0, 0) + "|2|2|2|2|example.org,other.example|90|BIGINT|INTEGER");
    }
  }

  @Test
  void icewsLoadsWithItsHeader() throws IOException, SQLException {
    Path f = dir.resolve("icews.tab");
    Files.writeString(f, Fixture.write(OutputFormat.ICEWS, false), StandardCharsets.UTF_8);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT \"Event Date\", \"CAMEO Code\", Intensity, \"Sentence Number\","
            + " City, Latitude FROM read_csv('" + f + "', delim='\\t', header=true, types={'Event Date': 'DATE',"
            + " 'CAMEO Code': 'VARCHAR', 'Intensity': 'DOUBLE', 'Sentence Number': 'INTEGER', 'Latitude': 'DOUBLE'})"
            + " WHERE City IS NOT NULL")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getObject(1).toString()).isEqualTo("2024-03-04");
      assertThat(rs.getString(2)).isEqualTo("111");
      assertThat(rs.getDouble(3)).isEqualTo(-2.0);
      assertThat(rs.getInt(4)).isEqualTo(2);
      assertThat(rs.getString(5)).isEqualTo("Nairobi");
      assertThat(rs.getDouble(6)).isEqualTo(-1.28333);
      assertThat(rs.next()).isFalse();
    }
  }
}
