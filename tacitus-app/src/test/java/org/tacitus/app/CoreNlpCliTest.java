package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, with the CoreNLP models (loaded once for the whole JVM). Whatever the coder finds,
 * every event line must point into its article's text; the counts and messages are checked exactly.
 */
@Tag("corenlp")
class CoreNlpCliTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "wire-story.txt");

  @TempDir
  Path dir;

  @BeforeAll
  static void loadModels() {
    SharedPipeline.get();
  }

  /** Checks that each event line's offsets give its texts, and returns the lines as JSON. */
  private static List<JsonNode> checkEvents(String lines, Map<String, String> texts) throws IOException {
    List<JsonNode> events = new java.util.ArrayList<>();
    for (String line : lines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode e = EventJson.MAPPER.readTree(line);
      String text = texts.get(e.get("doc_id").asText());
      assertThat(text).as("doc_id of " + line).isNotNull();
      for (String field : List.of("source", "target", "evidence", "reported_by")) {
        JsonNode n = e.get(field);
        assertThat(n).as(field).isNotNull();
        if (!n.isNull()) {
          assertThat(text.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("text").asText());
        }
      }
      events.add(e);
    }
    return events;
  }

  @Test
  void goodLinesAreCodedAndBadOnesNamedWithTheirLine() throws IOException {
    Path f = Files.writeString(dir.resolve("news.jsonl"), String.join("\n",
        "{\"id\":\"a\",\"text\":\"Kenya and Ethiopia signed a trade agreement on Monday.\",\"date\":\"2024-03-04\"}",
        "this is not JSON",
        "{\"id\":\"b\",\"text\":\"The Kenyan foreign minister criticised Eritrea.\"}",
        "{\"id\":\"c\",\"title\":\"no text here\"}",
        "{\"id\":\"d\",\"text\":\"Ethiopia will send experts to train Kenyan customs officers.\"}",
        ""));
    Cli.Result r = Cli.run("code", f.toString(), "--threads", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("tacitus: " + f + ":2: line is not JSON (")
        .contains("tacitus: " + f + ":4: line has no \"text\"")
        .containsPattern("tacitus: 5 read, 3 coded, 2 skipped \\(1 not JSON, 1 no \"text\"\\), 0 failed;"
            + " \\d+ sentences, \\d+ events in \\d+\\.\\d s");
    checkEvents(r.out(), Map.of(
        "a", "Kenya and Ethiopia signed a trade agreement on Monday.",
        "b", "The Kenyan foreign minister criticised Eritrea.",
        "d", "Ethiopia will send experts to train Kenyan customs officers."));
  }

  @Test
  void textFileWithOutWritesEventsAndProvenance() throws IOException {
    assumeTrue(Files.exists(EXAMPLE), "examples/wire-story.txt not found");
    Path out = dir.resolve("events.jsonl");
    Cli.Result r = Cli.run("code", EXAMPLE.toString(), "--out", out.toString(), "--date", "2024-03-05");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("tacitus: 1 read, 1 coded, 0 skipped, 0 failed; ");
    List<JsonNode> events = checkEvents(Files.readString(out), Map.of("wire-story", Files.readString(EXAMPLE)));
    events.forEach(e -> assertThat(e.get("date").asText()).isEqualTo("2024-03-05"));
    JsonNode provenance = EventJson.MAPPER.readTree(dir.resolve("events.jsonl.provenance.json").toFile());
    assertThat(provenance.get("tacitus_version").asText()).isEqualTo(Version.tacitus());
    assertThat(provenance.get("nlp").asText()).contains("CoreNLP 4.5.10");
    assertThat(provenance.get("config").get("defaultDate").asText()).isEqualTo("2024-03-05");
    assertThat(provenance.get("dictionaries").isObject()).isTrue();
    assertThat(provenance.get("run").get("coded").asInt()).isEqualTo(1);
  }

  @Test
  void oneThreadAndTwoThreadsWriteTheSame() throws IOException {
    StringBuilder lines = new StringBuilder();
    Map<String, String> texts = new HashMap<>();
    String[] stories = {
        "Russia and Pakistan agreed to hold joint military exercises.",
        "The United Nations condemned the attack on aid workers in Sudan.",
        "France will provide humanitarian aid to Lebanon, the minister said.",
        "Protesters clashed with police in the capital of Kenya.",
        "China accused Japan of violating its airspace.",
        "The Indian prime minister visited Bangladesh on Tuesday."};
    for (int i = 0; i < stories.length; i++) {
      texts.put("s" + i, stories[i]);
      lines.append("{\"id\":\"s").append(i).append("\",\"text\":\"").append(stories[i]).append("\"}\n");
    }
    Path f = Files.writeString(dir.resolve("six.jsonl"), lines);
    Cli.Result one = Cli.run("code", f.toString(), "--threads", "1");
    Cli.Result two = Cli.run("code", f.toString(), "--threads", "2");
    assertThat(one.code()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    checkEvents(one.out(), texts);
  }

  @Test
  void evalOnAHandMadeGoldSet() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
        "{\"id\":\"g1\",\"text\":\"Kenya and Ethiopia signed a trade agreement.\",\"date\":\"2024-03-04\","
            + "\"events\":[{\"source\":\"KEN\",\"target\":\"ETH\",\"code\":\"057\"},"
            + "{\"source\":\"ETH\",\"target\":\"KEN\",\"code\":\"057\"}]}",
        "{\"id\":\"g2\",\"text\":\"The weather was fine.\",\"date\":null,\"events\":[],\"noevents\":true}",
        "{\"id\":\"g3\",\"text\":\"China accused Japan of spying.\",\"events\":[{\"source\":\"CHN\",\"target\":\"JPN\","
            + "\"code\":\"112\"}],\"evaluate\":false}",
        ""));
    Cli.Result text = Cli.run("eval", "--gold", gold.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("records: 2 evaluated, 1 skipped (\"evaluate\": false)")
        .contains("exact").contains("country").contains("root_only").contains("records passed");
    Cli.Result json = Cli.run("eval", "--gold", gold.toString(), "--json");
    JsonNode report = EventJson.MAPPER.readTree(json.out());
    assertThat(report.get("records").asInt()).isEqualTo(2);
    assertThat(report.get("not_evaluated").asInt()).isEqualTo(1);
    assertThat(report.get("levels").get("exact").get("gold").asInt()).isEqualTo(2);
    assertThat(report.get("levels").get("root_only").get("gold").asInt()).isEqualTo(1);
    // An F1 above 1 can never be reached: the floor fails the run.
    Cli.Result floor = Cli.run("eval", "--gold", gold.toString(), "--min-f1", "root_only=1.01");
    assertThat(floor.code()).isEqualTo(1);
    assertThat(floor.err()).contains("root_only F1").contains("below the floor 1.010");
  }

  @Test
  void evalOnTheSharedGoldSet() throws IOException {
    Path gold = SharedPipeline.shared().resolve("eval/petrarch2-gsr-validation/dev.jsonl");
    assumeTrue(Files.exists(gold), gold + " not found");
    Cli.Result r = Cli.run("eval", "--gold", gold.toString(), "--limit", "5", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode report = EventJson.MAPPER.readTree(r.out());
    assertThat(report.get("records").asInt()).isEqualTo(5);
    assertThat(report.get("actor_levels").asBoolean()).isTrue();
  }

  @Test
  void seedModeReportsRequiredEventsAndHonoursTheFloor() throws IOException {
    Path seed = SharedPipeline.shared().resolve("seed");
    assumeTrue(Files.exists(seed.resolve("gold.json")), "shared/seed/gold.json not found");
    String gold = seed.resolve("gold.json").toString();
    String article = seed.resolve("article.txt").toString();
    Cli.Result text = Cli.run("eval", "--seed", gold, article);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("required found: \\d+ of 13");
    assertThat(text.out()).doesNotContain("is not in the article text");
    JsonNode json = EventJson.MAPPER.readTree(Cli.run("eval", "--seed", gold, article, "--json").out());
    assertThat(json.get("required").asInt()).isEqualTo(13);
    assertThat(json.get("evidence_not_found")).isEmpty();
    Cli.Result floor = Cli.run("eval", "--seed", gold, article, "--min-required", "14");
    assertThat(floor.code()).isEqualTo(1);
    assertThat(floor.err()).contains("fewer than the floor 14");
  }
}
