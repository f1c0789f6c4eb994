package org.tacitus.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.tacitus.app.Main;
import org.tacitus.app.RunSummary;
import org.tacitus.bench.CorpusGenerator;
import org.tacitus.core.model.Article;

/**
 * The Spark job codes a generated corpus (JSON Lines, CSV, text files and a WARC archive, in one folder) in
 * {@code local[2]} exactly as {@code tacitus code} does: the same events, field for field, and the same Phoenix rows.
 */
@Tag("corenlp")
class SparkJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 5, 1);

  @TempDir
  static Path dir;

  private static Path corpus;
  private static RunSummary summary;
  private static String out;

  @BeforeAll
  static void runTheJob() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("texts"));
    List<Article> articles = new CorpusGenerator(7).articles(30);
    try (Writer w = Files.newBufferedWriter(corpus.resolve("a.jsonl"), StandardCharsets.UTF_8)) {
      CorpusGenerator.writeJsonl(articles.subList(0, 16), w);
      w.write("{\"id\": \"broken\", \"text\": \n");
    }
    try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(corpus.resolve("b.csv"), StandardCharsets.UTF_8),
        CSVFormat.RFC4180.builder().setHeader("id", "text", "date").get())) {
      for (Article a : articles.subList(16, 22)) {
        csv.printRecord(a.id(), a.text(), a.date().map(Object::toString).orElse(""));
      }
    }
    for (Article a : articles.subList(22, 26)) {
      Files.writeString(corpus.resolve("texts").resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
    }
    try (WarcWriter warc = new WarcWriter(Files.newByteChannel(corpus.resolve("c.warc.gz"),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (Article a : articles.subList(26, 30)) {
        String page = "<html><head><title>" + a.title().orElse(a.id()) + "</title></head><body><article>"
            + Arrays.stream(a.text().split("\n\n")).map(p -> "<p>" + p.strip() + "</p>").reduce("", String::concat)
            + "</article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
        warc.write(new WarcResponse.Builder(URI.create("https://news.example/" + a.id()))
            .date(Instant.parse(a.date().orElseThrow() + "T09:00:00Z")).body(http).build());
      }
    }
    out = dir.resolve("out").toString();
    summary = TacitusSpark.run(LocalSpark.session(), List.of(corpus.toString()), out,
        TacitusSpark.Options.defaults().withDefaultDate(DEFAULT_DATE).withLayouts(List.of("gdelt", "phoenix")));
  }

  /** {@code tacitus code ARGS corpus}, run in this JVM; what it wrote to {@code --out}, line by line. */
  private static List<String> cli(String... args) throws IOException {
    Path file = Files.createTempFile(dir, "cli-", ".out");
    List<String> all = new ArrayList<>(List.of("code", "--date", DEFAULT_DATE.toString(), "--out", file.toString()));
    all.addAll(List.of(args));
    all.add(corpus.toString());
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as("tacitus code: %s", err).isZero();
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static List<String> textLines(String layout) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(out, layout))) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
        try {
          return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void theEventsAreThoseOfTheCliRowForRow() throws IOException {
    List<JsonNode> expected = new ArrayList<>();
    for (String line : cli()) {
      expected.add(JSON.readTree(line));
    }
    SparkSession spark = LocalSpark.session();
    Dataset<Row> events = spark.read().parquet(out + "/events");
    Column[] fields = Arrays.stream(events.columns()).filter(c -> !c.equals(TacitusSpark.DAY)).map(c -> col(c))
        .toArray(Column[]::new);
    List<JsonNode> actual = new ArrayList<>();
    for (Row r : events.select(to_json(struct(fields), Map.of("ignoreNullFields", "false"))).collectAsList()) {
      JsonNode row = JSON.readTree(r.getString(0));
      // the JSON Lines leave out an event's date and place when it has none; a Parquet column is there as null
      for (String optional : List.of("event_date", "place")) {
        if (row.path(optional).isNull()) {
          ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove(optional);
        }
      }
      actual.add(row);
    }

    assertThat(expected).hasSizeGreaterThan(60);
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(summary.events()).isEqualTo(expected.size());
  }

  @Test
  void theEventsArePartitionedByTheirDate() {
    List<Row> dates = LocalSpark.session().read().parquet(out + "/events")
        .select(col(TacitusSpark.DAY).cast("string"), coalesce(col("event_date.date"), col("date"))).distinct()
        .collectAsList();
    assertThat(dates).isNotEmpty().allSatisfy(r -> assertThat(r.getString(0)).isEqualTo(r.getString(1)));
    assertThat(dates).anySatisfy(r -> assertThat(r.getString(1)).isEqualTo(DEFAULT_DATE.toString()));
  }

  @Test
  void thePhoenixRowsAreThoseOfTheCli() throws IOException {
    assertThat(textLines("phoenix")).containsExactlyInAnyOrderElementsOf(cli("--format", "phoenix"));
  }

  @Test
  void theGdeltRowsAreThoseOfTheCliButForTheTimeTheyWereAdded() throws IOException {
    // DATEADDED (column 60) is when the run wrote the row
    List<String> spark = textLines("gdelt").stream().map(SparkJobTest::withoutDateAdded).toList();
    List<String> cli = cli("--format", "gdelt").stream().map(SparkJobTest::withoutDateAdded).toList();
    assertThat(spark).isNotEmpty().containsExactlyInAnyOrderElementsOf(cli);
  }

  private static String withoutDateAdded(String row) {
    String[] cells = row.split("\t", -1);
    cells[59] = "";
    return String.join("\t", cells);
  }

  @Test
  void theBrokenLineIsAnErrorRowAndTheCountsAreTheCli() {
    assertThat(summary.read()).isEqualTo(31);
    assertThat(summary.coded()).isEqualTo(30);
    assertThat(summary.skipped()).containsExactly(Map.entry("not JSON", 1));
    List<Row> errors = LocalSpark.session().read().json(out + "/errors").collectAsList();
    assertThat(errors).singleElement().satisfies(r -> {
      assertThat(r.getString(r.fieldIndex("origin"))).endsWith("a.jsonl:17");
      assertThat(r.getString(r.fieldIndex("stage"))).isEqualTo("read");
    });
  }
}
