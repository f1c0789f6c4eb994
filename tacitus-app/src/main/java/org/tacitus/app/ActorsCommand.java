package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.tacitus.ingest.ArticleReader;
import org.tacitus.ingest.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacitus actors FILE...}: the actor mentions the coder resolved, and why. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Codes articles as 'code' does and prints the actor mentions it resolved, sentence by sentence:"
        + " the words, their character offsets in the article, the actor code and the reason (the dictionary"
        + " entry as file:line, or the rule).",
        "Inputs are read as by 'code' (JSON Lines, CSV, HTML, RSS/Atom, WARC, folders, plain text).",
        "--json prints JSON Lines instead, one mention a line: doc_id, sentence, start, end, text, code, country,"
            + " sector, reason."})
final class ActorsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files.")
  List<Path> files;

  @Option(names = "--json", description = "Print JSON Lines, one mention a line.")
  boolean json;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date for articles whose input gives none; dated entries (leaders) hold by it.")
  LocalDate date;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException {
    int n = CodeCommand.threads(spec, threads);
    Pipeline pipeline = Pipeline.create(PipelineConfig.defaults().withDefaultDate(date)
        .withDictionaries(dictionaries.resolve()));
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    long[] mentions = {0};
    RunSummary summary;
    try (ArticleReader reader = Inputs.open(files)) {
      summary = pipeline.run(reader.stream(), n, outcome -> {
        if (outcome instanceof Outcome.Coded c) {
          mentions[0] += c.result().mentions().size();
          if (json) {
            MentionJson.writeJson(c.result(), out);
          } else {
            MentionJson.writeText(c.result(), out);
          }
          out.flush();
          if (out.checkError()) {
            throw new IOException("cannot write to standard output (closed?)");
          }
        } else if (outcome instanceof Outcome.Skipped s) {
          err.println("tacitus: " + s.error().describe() + "; skipped");
        } else if (outcome instanceof Outcome.Failed f) {
          err.println("tacitus: " + f.origin() + ": " + f.error().getMessage() + "; skipped");
        }
      });
    }
    err.println("tacitus: " + summary.line() + "; " + mentions[0] + " actor mentions");
    if (summary.coded() == 0) {
      err.println("tacitus: no article could be coded");
      return CommandLine.ExitCode.SOFTWARE;
    }
    return CommandLine.ExitCode.OK;
  }
}
