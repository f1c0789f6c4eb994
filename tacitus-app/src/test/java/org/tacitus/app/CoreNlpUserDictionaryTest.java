package org.tacitus.app;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * {@code tacitus actors} and the user's dictionaries end to end, with the CoreNLP models (loaded once for the JVM):
 * an invented country in a PETRARCH .actors file is resolved by {@code code}, {@code actors} and {@code eval}.
 */
@Tag("corenlp")
class CoreNlpUserDictionaryTest {

  private static final String STORY = "Elbonia and Kenya signed a trade agreement on Monday.\n\n"
      + "The Kenyan foreign minister later praised Elbonia.\n";

  @TempDir
  Path dir;

  @BeforeAll
  static void loadModels() {
    SharedPipeline.get();
  }

  /** Elbonia, coded as Albania (ALB) so that the code passes validation. */
  private Path elbonia() throws IOException {
    return Files.writeString(dir.resolve("Elbonia.actors"), "# an invented country\nELBONIA [ALB]\n");
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

  @Test
  void codeResolvesAnActorOfAUserFileAndRecordsItsChecksum() throws IOException {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY);
    Path actors = elbonia();
    Cli.Result without = Cli.run("code", story.toString());
    assertThat(without.code()).as(without.err()).isZero();
    assertThat(lines(without.out())).noneMatch(e -> e.get("source").get("code").asText().equals("ALB"));

    Path out = dir.resolve("events.jsonl");
    Cli.Result with = Cli.run("code", story.toString(), "--actors", actors.toString(), "--out", out.toString());
    assertThat(with.code()).as(with.err()).isZero();
    List<JsonNode> events = lines(Files.readString(out));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("source").get("code").asText()).isEqualTo("ALB");
      assertThat(e.get("source").get("text").asText()).isEqualTo("Elbonia");
      assertThat(e.get("code").asText()).isEqualTo("057");
    });
    JsonNode provenance = EventJson.MAPPER.readTree(dir.resolve("events.jsonl.provenance.json").toFile());
    assertThat(provenance.get("dictionaries").get(actors.toString()).asText())
        .isEqualTo(UserDictionariesTest.sha256(actors));
    assertThat(provenance.get("dictionaries").has(Dictionaries.VERBS)).isTrue();
    assertThat(provenance.get("config").get("dictionaries.actors").asText()).contains(actors.toString())
        .contains("petrarch-actors");
  }

  @Test
  void actorsListsEachMentionWithOffsetsCodeAndReason() throws IOException {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY);
    Path actors = elbonia();
    Cli.Result text = Cli.run("actors", story.toString(), "--actors", actors.toString());
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("story, sentence 0: Elbonia and Kenya signed a trade agreement on Monday.\n")
        .containsPattern("\n  0-7 +Elbonia +ALB +country name \\(" + actors.toString().replace(".", "\\.")
            + ":2\\)\n")
        .containsPattern("\n  12-17 +Kenya +KEN +country name \\(/org/tacitus/coder/actors/countries\\.tsv:\\d+\\)")
        .contains("story, sentence 1: ");
    assertThat(text.err()).containsPattern("tacitus: 1 read, 1 coded, .*; \\d+ actor mentions\n");

    Cli.Result json = Cli.run("actors", story.toString(), "--actors", actors.toString(), "--json");
    assertThat(json.code()).as(json.err()).isZero();
    List<JsonNode> mentions = lines(json.out());
    assertThat(mentions).isNotEmpty().allSatisfy(m -> {
      assertThat(m.fieldNames()).toIterable().containsExactly("doc_id", "sentence", "start", "end", "text", "code",
          "country", "sector", "reason");
      assertThat(STORY.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
    });
    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.get("text").asText()).isEqualTo("Elbonia");
      assertThat(m.get("sentence").asInt()).isEqualTo(1);
      assertThat(m.get("code").asText()).isEqualTo("ALB");
      assertThat(m.get("country").asText()).isEqualTo("ALB");
      assertThat(m.get("sector").isNull()).isTrue();
      assertThat(m.get("reason").asText()).contains(actors + ":2");
    });
    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.get("text").asText()).isEqualTo("Kenyan foreign minister");
      assertThat(m.get("code").asText()).isEqualTo("KENGOV");
      assertThat(m.get("sector").asText()).isEqualTo("GOV");
    });
  }

  @Test
  void evalCodesWithTheUsersDictionaries() throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\":\"g1\",\"text\":\"Elbonia and Kenya signed a"
        + " trade agreement.\",\"events\":[{\"source\":\"ALB\",\"target\":\"KEN\",\"code\":\"057\"}]}\n");
    Cli.Result with = Cli.run("eval", "--gold", gold.toString(), "--json", "--actors", elbonia().toString());
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(EventJson.MAPPER.readTree(with.out()).get("levels").get("exact").get("tp").asInt()).isEqualTo(1);
    Cli.Result without = Cli.run("eval", "--gold", gold.toString(), "--json");
    assertThat(EventJson.MAPPER.readTree(without.out()).get("levels").get("exact").get("tp").asInt()).isZero();
  }
}
