package org.tacitus.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/score.py is the independent check of {@link Scorer}: on random gold sets and predictions both must count
 * the same at every level. Skipped when python3 or the script is not there.
 */
class ScorePyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ACTORS = {"USA", "USAGOV", "CHN", "CHNMIL", "RUS", "---GOV", ""};
  private static final String[] CODES = {"040", "042", "04", "190", "0332", "033", "111", "11"};

  @TempDir
  Path dir;

  @Test
  void pythonScorerAgreesOnRandomSets() throws Exception {
    Path script = Path.of("..", "scripts", "score.py").toAbsolutePath().normalize();
    assumeTrue(Files.exists(script), "scripts/score.py not found at " + script);
    assumeTrue(python(), "python3 is not on the PATH");
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int round = 0; round < 6; round++) {
      // Round 0 has no actors in its gold (as conflibert): only root_only applies.
      boolean actorless = round == 0;
      List<String> goldLines = new ArrayList<>();
      List<String> predLines = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        ObjectNode record = JSON.createObjectNode();
        record.put("id", "r" + i);
        record.put("text", "t");
        record.put("evaluate", random.nextInt(10) != 0);
        var events = record.putArray("events");
        for (int k = random.nextInt(4); k > 0; k--) {
          ObjectNode e = events.addObject();
          e.put("source", actorless ? null : pick(random, ACTORS));
          e.put("target", actorless || random.nextInt(4) == 0 ? null : pick(random, ACTORS));
          if (!actorless && random.nextInt(6) == 0) {
            e.putNull("code");
            var roots = e.putArray("cameo_roots");
            roots.add(pick(random, CODES).substring(0, 2));
            if (random.nextBoolean()) {
              roots.add(pick(random, CODES).substring(0, 2));
            }
          } else {
            e.put("code", pick(random, CODES));
          }
        }
        goldLines.add(JSON.writeValueAsString(record));
        for (int k = random.nextInt(4); k > 0; k--) {
          ObjectNode p = JSON.createObjectNode();
          p.put("doc_id", "r" + i);
          String source = pick(random, ACTORS);
          p.putObject("source").put("code", source.isEmpty() ? "KEN" : source);
          String target = pick(random, ACTORS);
          if (target.isEmpty()) {
            p.putNull("target");
          } else {
            p.putObject("target").put("code", target);
          }
          String code = pick(random, CODES);
          p.put("code", code.length() == 2 ? code + "0" : code);
          predLines.add(JSON.writeValueAsString(p));
        }
      }
      Path gold = Files.write(dir.resolve("gold" + round + ".jsonl"), goldLines, StandardCharsets.UTF_8);
      Path pred = Files.write(dir.resolve("pred" + round + ".jsonl"), predLines, StandardCharsets.UTF_8);

      GoldSet set = GoldSet.read(gold);
      Map<String, List<PredictedEvent>> predicted = new HashMap<>();
      for (String line : predLines) {
        JsonNode p = JSON.readTree(line);
        predicted.computeIfAbsent(p.get("doc_id").asText(), k -> new ArrayList<>()).add(PredictedEvent.of(
            p.get("doc_id").asText(), p.get("source").get("code").asText(),
            p.get("target").isNull() ? null : p.get("target").get("code").asText(), p.get("code").asText()));
      }
      Score java = Scorer.score(set.records(), predicted);
      JsonNode py = runPython(script, gold, pred);
      String what = "seed " + seed + ", round " + round;
      assertThat(py.get("records").asInt()).as(what).isEqualTo(java.records());
      assertThat(py.get("not_evaluated").asInt()).as(what).isEqualTo(set.notEvaluated());
      assertThat(py.get("actor_levels").asBoolean()).as(what).isEqualTo(java.actorLevels());
      for (String level : Scorer.LEVELS) {
        Counts c = java.levels().get(level);
        JsonNode n = py.get("levels").get(level);
        if (c == null) {
          assertThat(n.isNull()).as(what + " " + level).isTrue();
        } else {
          assertThat(List.of(n.get("gold").asInt(), n.get("pred").asInt(), n.get("tp").asInt()))
              .as(what + " " + level).containsExactly(c.gold(), c.predicted(), c.matched());
        }
      }
      assertThat(py.get("pass").get("passed").asInt()).as(what + " pass").isEqualTo(java.passed());
    }
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private JsonNode runPython(Path script, Path gold, Path pred) throws Exception {
    Path out = dir.resolve("py.json");
    Process p = new ProcessBuilder("python3", script.toString(), "--gold", gold.toString(), "--pred",
        pred.toString(), "--json").redirectOutput(out.toFile()).redirectErrorStream(false).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return JSON.readTree(out.toFile());
  }
}
