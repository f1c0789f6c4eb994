package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.tacitus.app.eval.Counts;
import org.tacitus.app.eval.GoldSet;
import org.tacitus.app.eval.PredictedEvent;
import org.tacitus.app.eval.Reports;
import org.tacitus.app.eval.Score;
import org.tacitus.app.eval.Scorer;
import org.tacitus.app.eval.SeedGold;
import org.tacitus.app.eval.SeedResult;
import org.tacitus.app.eval.SeedScorer;
import org.tacitus.core.cameo.CameoCode;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.stage.StageException;
import org.tacitus.ingest.ArticleReader;
import org.tacitus.ingest.Inputs;
import org.tacitus.ingest.ReadResult;
import org.tacitus.ingest.RecordError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacitus eval}: precision and recall against a gold set, or the seed article against its hand coding. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Measures the coder against gold events, in one of two modes.",
        "--gold FILE.jsonl: codes each record's text as one article, and prints precision, recall and F1 at the"
            + " exact, country and root levels (and root_only), the record pass rate, a table per CAMEO root and"
            + " the worst records.",
        "--seed GOLD.json ARTICLE: codes the article, and reports the hand-coded events found, missed and extra.",
        "The report goes to standard output. The exit code is 0 whatever the score, unless a floor option"
            + " (--min-f1, --min-required, --max-extra) is not met: then 1."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE.jsonl", description = "A gold set (as in shared/eval/*/dev.jsonl).")
  Path gold;

  @Option(names = "--seed", paramLabel = "GOLD.json", description = "Hand-coded events of one article "
      + "(as shared/seed/gold.json); give the article file too.")
  Path seed;

  @Parameters(arity = "0..1", paramLabel = "ARTICLE", description = "The article of --seed.")
  Path article;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Evaluate the first N records only (--gold).")
  Integer limit;

  @Option(names = "--worst", paramLabel = "K", defaultValue = "10",
      description = "Show the K records with the most errors (--gold; default ${DEFAULT-VALUE}).")
  int worst;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--min-f1", paramLabel = "LEVEL=F1", description = "Fail (exit 1) when the F1 of LEVEL (exact, "
      + "country, root, root_only) is below F1 (--gold; repeatable).")
  Map<String, Double> minF1 = new LinkedHashMap<>();

  @Option(names = "--min-required", paramLabel = "N",
      description = "Fail (exit 1) when fewer than N required events are found (--seed).")
  Integer minRequired;

  @Option(names = "--max-extra", paramLabel = "N",
      description = "Fail (exit 1) when more than N extra events are coded (--seed).")
  Integer maxExtra;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException {
    if ((gold == null) == (seed == null)) {
      throw usage("give either --gold FILE.jsonl or --seed GOLD.json ARTICLE");
    }
    return gold != null ? gold() : seed();
  }

  private int gold() throws IOException {
    if (article != null) {
      throw usage("an ARTICLE goes with --seed only; --gold codes the texts of its records");
    }
    if (minRequired != null || maxExtra != null) {
      throw usage("--min-required and --max-extra go with --seed");
    }
    for (String level : minF1.keySet()) {
      if (!Scorer.LEVELS.contains(level)) {
        throw usage("--min-f1: no level '" + level + "'; use one of " + String.join(", ", Scorer.LEVELS));
      }
    }
    if (limit != null && limit < 1) {
      throw usage("--limit must be at least 1");
    }
    int n = CodeCommand.threads(spec, threads);
    UserDictionaries user = dictionaries.resolve();
    PrintWriter err = spec.commandLine().getErr();
    GoldSet set;
    try {
      set = GoldSet.read(gold);
    } catch (NoSuchFileException e) {
      throw new CliException(gold + ": no such gold file");
    }
    if (limit != null) {
      set = set.limit(limit);
    }
    Pipeline pipeline = Pipeline.create(PipelineConfig.defaults().withDictionaries(user));
    Map<String, List<PredictedEvent>> predicted = new HashMap<>();
    int[] failed = {0};
    Stream<ReadResult> inputs = set.records().stream().map(r -> new ReadResult.Ok(
        new Article(r.id(), r.text(), Optional.empty(), r.date(), Optional.empty(), r.origin())));
    RunSummary summary = pipeline.run(inputs, n, outcome -> {
      if (outcome instanceof Outcome.Coded c) {
        predicted.put(c.result().article().id(), events(c.result()));
      } else if (outcome instanceof Outcome.Failed f) {
        failed[0]++;
        err.println("tacitus: " + f.origin() + ": " + f.error().getMessage() + "; counted as coding no event");
      }
    });
    Score score = Scorer.score(set.records(), predicted);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? EventJson.pretty(Reports.json(set, score, failed[0], worst, rootNames()))
        : Reports.text(set, score, failed[0], worst, rootNames()));
    out.flush();
    err.println("tacitus: " + summary.line());
    int code = CommandLine.ExitCode.OK;
    for (Map.Entry<String, Double> floor : minF1.entrySet()) {
      Counts c = score.levels().get(floor.getKey());
      double f1 = c == null ? 0 : c.f1().orElse(0);
      if (f1 < floor.getValue()) {
        err.println(String.format(Locale.ROOT, "tacitus: eval: %s F1 %.3f is below the floor %.3f", floor.getKey(),
            f1, floor.getValue()));
        code = CommandLine.ExitCode.SOFTWARE;
      }
    }
    return code;
  }

  private int seed() throws IOException {
    if (article == null) {
      throw usage("--seed needs the ARTICLE file its events belong to");
    }
    if (limit != null || !minF1.isEmpty()) {
      throw usage("--limit and --min-f1 go with --gold");
    }
    UserDictionaries user = dictionaries.resolve();
    SeedGold g;
    try {
      g = SeedGold.read(seed);
    } catch (NoSuchFileException e) {
      throw new CliException(seed + ": no such gold file");
    }
    ReadResult read;
    try (ArticleReader reader = Inputs.open(article)) {
      read = reader.next().orElseThrow();
    }
    if (read instanceof RecordError e) {
      throw new CliException(e.describe());
    }
    Article a = ((ReadResult.Ok) read).article();
    CodedArticle coded;
    try {
      coded = Pipeline.create(PipelineConfig.defaults().withDictionaries(user)).code(a);
    } catch (StageException e) {
      throw new CliException(a.origin() + ": " + e.getMessage(), e);
    }
    SeedResult result = SeedScorer.score(g, a.text(), events(coded));
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? EventJson.pretty(Reports.seedJson(article.toString(), result))
        : Reports.seedText(article.toString(), result));
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    int code = CommandLine.ExitCode.OK;
    if (minRequired != null && result.requiredFound().size() < minRequired) {
      err.println("tacitus: eval: " + result.requiredFound().size() + " required events found, fewer than the floor "
          + minRequired);
      code = CommandLine.ExitCode.SOFTWARE;
    }
    if (maxExtra != null && result.extra().size() > maxExtra) {
      err.println("tacitus: eval: " + result.extra().size() + " extra events, more than the ceiling " + maxExtra);
      code = CommandLine.ExitCode.SOFTWARE;
    }
    return code;
  }

  private static List<PredictedEvent> events(CodedArticle coded) {
    return coded.events().stream().map(e -> PredictedEvent.of(coded, e)).toList();
  }

  private static Function<String, String> rootNames() {
    CameoOntology ontology;
    try {
      ontology = CameoOntology.standard();
    } catch (RuntimeException e) {
      return root -> "";
    }
    return root -> ontology.find(root).map(CameoCode::name).orElse("")
        .replaceFirst(",? not specified below$", "");
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
