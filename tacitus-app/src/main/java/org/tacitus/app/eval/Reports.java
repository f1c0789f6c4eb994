package org.tacitus.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/** The reports of {@code tacitus eval}, as text for a reader and as JSON for programs (same content). */
public final class Reports {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CLIP = 240;

  private Reports() {
  }

  // ---------------------------------------------------------------- gold sets

  /**
   * The text report of a gold-set evaluation.
   *
   * @param set the gold set
   * @param score the score
   * @param failed records whose coding failed (they count as predicting nothing)
   * @param worst how many of the worst records to show
   * @param rootName the name of a two-digit CAMEO root
   */
  public static String text(GoldSet set, Score score, int failed, int worst, Function<String, String> rootName) {
    StringBuilder b = new StringBuilder();
    int gold = score.results().stream().mapToInt(r -> r.record().events().size()).sum();
    int predicted = score.results().stream().mapToInt(r -> r.predicted().size()).sum();
    b.append("gold: ").append(set.file()).append('\n');
    b.append("records: ").append(score.records()).append(" evaluated, ").append(set.notEvaluated())
        .append(" skipped (\"evaluate\": false), ").append(failed).append(" failed to code\n");
    if (set.uncoded() > 0) {
      b.append("gold events left out (no CAMEO code, no cameo_roots): ").append(set.uncoded()).append('\n');
    }
    b.append("events: ").append(gold).append(" gold, ").append(predicted).append(" predicted\n\n");
    b.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s %6s %6s  %9s %7s %7s%n", "level", "gold", "pred", "tp",
        "fp", "fn", "precision", "recall", "f1"));
    for (String level : Scorer.LEVELS) {
      Counts c = score.levels().get(level);
      if (c == null) {
        b.append(String.format(Locale.ROOT, "%-10s n/a: the gold names no actors%n", level));
        continue;
      }
      b.append(String.format(Locale.ROOT, "%-10s %6d %6d %6d %6d %6d  %9s %7s %7s%n", level, c.gold(),
          c.predicted(), c.matched(), c.falsePositives(), c.falseNegatives(), num(c.precision()), num(c.recall()),
          num(c.f1())));
    }
    b.append('\n').append(String.format(Locale.ROOT,
        "records passed (every gold event found, nothing extra; %s): %d of %d (%.3f)%n",
        score.actorLevels() ? "country level" : "root sets", score.passed(), score.records(), score.passRate()));

    b.append("\nper root (").append(score.perRootLevel()).append(" level):\n");
    b.append(String.format(Locale.ROOT, "%-4s  %-36s %6s %6s %6s  %9s %7s %7s%n", "root", "name", "gold", "pred",
        "tp", "precision", "recall", "f1"));
    for (Score.RootRow row : score.perRoot()) {
      Counts c = row.counts();
      b.append(String.format(Locale.ROOT, "%-4s  %-36s %6d %6d %6d  %9s %7s %7s%n", row.root(),
          clip(rootName.apply(row.root()), 36), c.gold(), c.predicted(), c.matched(), num(c.precision()),
          num(c.recall()), num(c.f1())));
    }

    List<Score.RecordResult> bad = score.worst(worst);
    if (!bad.isEmpty()) {
      b.append("\nworst records (most missed + extra events):\n");
      for (Score.RecordResult r : bad) {
        b.append(r.record().id()).append(": ").append(r.missed().size()).append(" missed, ")
            .append(r.extra().size()).append(" extra\n");
        b.append("  text: ").append(clip(r.record().text(), CLIP)).append('\n');
        for (GoldEvent e : r.missed()) {
          b.append("  missed: ").append(e.describe()).append('\n');
        }
        for (PredictedEvent p : r.extra()) {
          b.append("  extra:  ").append(p.describe()).append("\n          in sentence ").append(p.sentence())
              .append(": ").append(clip(p.sentenceText(), CLIP)).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** The same report as JSON. */
  public static ObjectNode json(GoldSet set, Score score, int failed, int worst, Function<String, String> rootName) {
    ObjectNode n = JSON.createObjectNode();
    n.put("gold_file", set.file().toString());
    n.put("records", score.records());
    n.put("not_evaluated", set.notEvaluated());
    n.put("uncoded_gold_events", set.uncoded());
    n.put("failed", failed);
    n.put("gold_events", score.results().stream().mapToInt(r -> r.record().events().size()).sum());
    n.put("predicted_events", score.results().stream().mapToInt(r -> r.predicted().size()).sum());
    n.put("actor_levels", score.actorLevels());
    ObjectNode levels = n.putObject("levels");
    for (String level : Scorer.LEVELS) {
      Counts c = score.levels().get(level);
      if (c == null) {
        levels.putNull(level);
      } else {
        levels.set(level, counts(c));
      }
    }
    ObjectNode pass = n.putObject("pass");
    pass.put("passed", score.passed());
    pass.put("records", score.records());
    pass.put("rate", score.passRate());
    ObjectNode perRoot = n.putObject("per_root");
    perRoot.put("level", score.perRootLevel());
    ArrayNode rows = perRoot.putArray("rows");
    for (Score.RootRow row : score.perRoot()) {
      ObjectNode r = counts(row.counts());
      r.put("root", row.root());
      r.put("name", rootName.apply(row.root()));
      rows.add(r);
    }
    ArrayNode worstArray = n.putArray("worst");
    for (Score.RecordResult r : score.worst(worst)) {
      ObjectNode w = worstArray.addObject();
      w.put("id", r.record().id());
      w.put("text", r.record().text());
      ArrayNode missed = w.putArray("missed");
      r.missed().forEach(e -> missed.add(gold(e)));
      ArrayNode extra = w.putArray("extra");
      r.extra().forEach(p -> extra.add(predicted(p)));
    }
    return n;
  }

  private static ObjectNode counts(Counts c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("gold", c.gold());
    n.put("pred", c.predicted());
    n.put("tp", c.matched());
    n.put("fp", c.falsePositives());
    n.put("fn", c.falseNegatives());
    put(n, "precision", c.precision());
    put(n, "recall", c.recall());
    put(n, "f1", c.f1());
    return n;
  }

  private static ObjectNode gold(GoldEvent e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("source", e.source());
    n.put("target", e.target());
    n.put("code", e.code());
    ArrayNode roots = n.putArray("roots");
    e.roots().forEach(roots::add);
    return n;
  }

  private static ObjectNode predicted(PredictedEvent p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("source", p.source());
    n.put("source_text", p.sourceText());
    n.put("target", p.target());
    n.put("target_text", p.targetText());
    n.put("code", p.code());
    n.put("rule", p.rule());
    n.put("evidence", p.evidenceText());
    n.put("sentence", p.sentence());
    n.put("sentence_text", p.sentenceText());
    return n;
  }

  // ---------------------------------------------------------------- seed article

  /** The text report of a seed-article evaluation. */
  public static String seedText(String article, SeedResult r) {
    StringBuilder b = new StringBuilder();
    long required = r.gold().required();
    b.append("seed: ").append(article).append(": ").append(r.gold().events().size()).append(" gold events (")
        .append(required).append(" required, ").append(r.gold().events().size() - required).append(" optional), ")
        .append(r.predicted().size()).append(" predicted\n");
    b.append("required found: ").append(r.requiredFound().size()).append(" of ").append(required).append('\n');
    b.append("optional found: ").append(r.optionalFound().size()).append(" of ").append(r.gold().events().size()
        - required).append('\n');
    b.append("extra (match no gold event): ").append(r.extra().size()).append('\n');
    for (SeedEvent e : r.evidenceNotFound()) {
      b.append("warning: the evidence of gold event #").append(e.number())
          .append(" is not in the article text; it cannot match\n");
    }
    section(b, "missed required", r.requiredMissed().stream().map(SeedEvent::describe).toList());
    section(b, "found", r.gold().events().stream().filter(e -> r.matches().containsKey(e.number()))
        .map(e -> e.describe() + "\n      <- " + r.matches().get(e.number()).describe()).toList());
    section(b, "extra", r.extra().stream().map(p -> p.describe() + "\n      in sentence " + p.sentence() + ": "
        + clip(p.sentenceText(), CLIP)).toList());
    return b.toString();
  }

  /** The same as JSON. */
  public static ObjectNode seedJson(String article, SeedResult r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("article", article);
    n.put("gold_events", r.gold().events().size());
    n.put("predicted_events", r.predicted().size());
    n.put("required", r.gold().required());
    n.put("required_found", r.requiredFound().size());
    n.put("optional_found", r.optionalFound().size());
    n.put("extra", r.extra().size());
    ArrayNode missed = n.putArray("missed_required");
    r.requiredMissed().forEach(e -> missed.add(seed(e)));
    ArrayNode found = n.putArray("found");
    for (Map.Entry<Integer, PredictedEvent> m : r.matches().entrySet()) {
      ObjectNode f = found.addObject();
      f.set("gold", seed(r.gold().events().get(m.getKey() - 1)));
      f.set("predicted", predicted(m.getValue()));
    }
    ArrayNode extra = n.putArray("extra_events");
    r.extra().forEach(p -> extra.add(predicted(p)));
    ArrayNode notFound = n.putArray("evidence_not_found");
    r.evidenceNotFound().forEach(e -> notFound.add(e.number()));
    return n;
  }

  private static ObjectNode seed(SeedEvent e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("number", e.number());
    n.put("evidence", e.evidence());
    n.put("source", e.source());
    n.put("source_sector", e.sourceSector());
    n.put("target", e.target());
    n.put("target_sector", e.targetSector());
    n.put("code", e.code());
    ArrayNode accept = n.putArray("accept");
    e.accept().forEach(accept::add);
    n.put("required", e.required());
    return n;
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append(":\n");
    lines.forEach(l -> b.append("  ").append(l).append('\n'));
  }

  // ---------------------------------------------------------------- helpers

  private static void put(ObjectNode n, String field, OptionalDouble v) {
    if (v.isPresent()) {
      n.put(field, v.getAsDouble());
    } else {
      n.putNull(field);
    }
  }

  private static String num(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "n/a";
  }

  private static String clip(String s, int max) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }
}
