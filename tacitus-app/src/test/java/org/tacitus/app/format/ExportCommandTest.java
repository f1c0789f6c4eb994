package org.tacitus.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tacitus.app.EventJson;
import org.tacitus.app.Main;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.store.EventStore;

/**
 * {@code tacitus export} on a real DuckDB file that holds the format fixture: each layout, each filter, the one-a-day
 * filter and Parquet.
 */
class ExportCommandTest {

  @TempDir
  static Path dir;

  private static Path db;

  record Result(int code, String out, String err) {
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void store() {
    db = dir.resolve("fixture.duckdb");
    try (EventStore store = EventStore.open(db)) {
      for (CodedArticle a : Fixture.articles()) {
        store.store(a, "run-1");
      }
    }
  }

  private static List<String> sortedLines(String s) {
    List<String> l = new ArrayList<>(s.lines().toList());
    l.sort(null);
    return l;
  }

  /** The layouts whose rows do not depend on the time of the run read back exactly as the coder wrote them. */
  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"JSONL", "PHOENIX", "ICEWS"})
  void exportWritesWhatCodeWrote(OutputFormat format) throws IOException {
    Result r = run("export", "--db", db.toString(), "--format", format.label());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(sortedLines(r.out())).isEqualTo(sortedLines(Fixture.write(format, false)));
    assertThat(r.err()).contains("exported 5 events of 3 articles");
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"GDELT", "MENTIONS", "POLECAT", "CSV"})
  void exportWritesTheSameIdsInTheTimedLayouts(OutputFormat format) throws IOException {
    Result r = run("export", "--db", db.toString(), "--format", format.label(), "--dedup", "daily");
    assertThat(r.code()).as(r.err()).isZero();
    // the same rows but for the time of the run (GDELT's DATEADDED, a mention's time without an article date,
    // POLECAT's dateCoded); the store gives the articles in id order, so the rows come in another order
    assertThat(sortedLines(withoutRunTime(r.out())))
        .isEqualTo(sortedLines(withoutRunTime(Fixture.writeDaily(format, false))));
  }

  private static String withoutRunTime(String out) {
    return out.replaceAll("(?<![0-9])20[0-9]{12}(?![0-9])", "TIME").replaceAll("\"dateCoded\":\"[^\"]*\"", "TIME");
  }

  private static List<JsonNode> json(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(EventJson.MAPPER.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void filtersByDateActorAndCode() throws IOException {
    // the criticism has its own date (2024-03-04); the undated Russian threat never passes a date bound
    List<JsonNode> march4 = json(run("export", "--db", db.toString(), "--from", "2024-03-04", "--to", "2024-03-04")
        .out());
    assertThat(march4).extracting(n -> n.get("code").asText()).containsExactly("111");
    List<JsonNode> from5 = json(run("export", "--db", db.toString(), "--from", "2024-03-05").out());
    assertThat(from5).extracting(n -> n.get("code").asText()).containsExactlyInAnyOrder("040", "0332", "040");
    List<JsonNode> ken = json(run("export", "--db", db.toString(), "--actor", "KEN").out());
    assertThat(ken).extracting(n -> n.get("doc_id").asText()).containsExactlyInAnyOrder("wire/1", "wire/1",
        "wire/2");
    List<JsonNode> root13 = json(run("export", "--db", db.toString(), "--code", "13").out());
    assertThat(root13).extracting(n -> n.get("code").asText()).containsExactly("130");
    List<JsonNode> code040 = json(run("export", "--db", db.toString(), "--code", "040", "--actor", "IGO").out());
    assertThat(code040).hasSize(2);
    // an id does not change with the filter
    assertThat(root13.get(0).get("event_id").asLong()).isEqualTo(Cells.eventId("plain.txt", 0, 0));
    Result bad = run("export", "--db", db.toString(), "--code", "4x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("'4x' is not 2 to 4 digits");
    Result backwards = run("export", "--db", db.toString(), "--from", "2024-03-05", "--to", "2024-03-01");
    assertThat(backwards.code()).isEqualTo(2);
    assertThat(backwards.err()).contains("give the earlier date first");
  }

  @Test
  void dailyMergesTheSameMeetingFromTwoPublishers() throws IOException {
    List<JsonNode> rows = json(run("export", "--db", db.toString(), "--dedup", "daily", "--code", "040").out());
    assertThat(rows).hasSize(1);
    JsonNode meet = rows.get(0);
    assertThat(meet.get("num_mentions").asInt()).isEqualTo(2);
    assertThat(meet.get("num_sources").asInt()).isEqualTo(2);
    assertThat(meet.get("num_articles").asInt()).isEqualTo(2);
    assertThat(meet.get("doc_ids")).extracting(JsonNode::asText).containsExactly("wire/1", "wire/2");
    assertThat(meet.get("urls")).hasSize(2);
  }

  @Test
  void parquetIsTypedAndHasEveryRow() throws IOException, SQLException {
    Path parquet = dir.resolve("events.parquet");
    Result r = run("export", "--db", db.toString(), "--format", "parquet", "--out", parquet.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT event_id), typeof(min(event_date)),"
            + " typeof(min(goldstein)), typeof(min(num_mentions)), max(place_lat), string_agg(DISTINCT doc_id, ','"
            + " ORDER BY doc_id) FROM '" + parquet + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(5);
      assertThat(rs.getLong(2)).isEqualTo(5);
      assertThat(rs.getString(3)).isEqualTo("DATE");
      assertThat(rs.getString(4)).isEqualTo("DOUBLE");
      assertThat(rs.getString(5)).isEqualTo("INTEGER");
      assertThat(rs.getDouble(6)).isEqualTo(-1.28333);
      assertThat(rs.getString(7)).isEqualTo("plain.txt,wire/1,wire/2");
    }
    // nothing but the Parquet file is left in its folder
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
    Result noOut = run("export", "--db", db.toString(), "--format", "parquet");
    assertThat(noOut.code()).isEqualTo(2);
    assertThat(noOut.err()).contains("give --out");
  }
}
