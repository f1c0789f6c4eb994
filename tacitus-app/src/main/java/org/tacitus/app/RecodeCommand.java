package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tacitus.core.model.Article;
import org.tacitus.ingest.ReadResult;
import org.tacitus.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacitus recode --db FILE}: codes the stored articles again, after a dictionary change. */
@Command(name = "recode", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Codes every article kept in a store again from its stored text, with the shipped dictionaries"
        + " and any given here, and replaces its mentions and events; the new run (its dictionary checksums) is"
        + " recorded in the runs table and each article points to it.",
        "Articles stored without their text cannot be recoded: they are listed, kept as they are, and must be coded"
            + " again from their input with 'tacitus code --db FILE INPUT...'."})
final class RecodeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store.")
  Path db;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(db)) {
      throw new CliException(db + ": no such store; write one with 'tacitus code --db " + db + " FILE...'");
    }
    int n = CodeCommand.threads(spec, threads);
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore store = EventStore.open(db)) {
      List<String> textless = store.textlessArticles();
      List<Article> articles = store.articles().stream().filter(a -> !textless.contains(a.id())).toList();
      for (String id : textless) {
        err.println("tacitus: article '" + id + "' has no stored text; kept as it is (code its input again with"
            + " 'tacitus code --db " + db + " INPUT')");
      }
      if (articles.isEmpty()) {
        err.println("tacitus: no stored article has its text; nothing to recode");
        return textless.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
      }
      Pipeline pipeline = Pipeline.create(PipelineConfig.defaults().withDictionaries(dictionaries.resolve()));
      String runId = store.startRun(pipeline.provenance());
      Stream<ReadResult> inputs = articles.stream().map(ReadResult.Ok::new);
      RunSummary summary = pipeline.run(inputs, n, outcome -> {
        if (outcome instanceof Outcome.Coded c) {
          store.store(c.result(), runId);
        } else if (outcome instanceof Outcome.Skipped s) {
          err.println("tacitus: " + s.error().describe() + "; kept as it was");
        } else if (outcome instanceof Outcome.Failed f) {
          err.println("tacitus: " + f.origin() + ": " + f.error().getMessage() + "; kept as it was");
        }
      });
      err.println("tacitus: recoded (run " + runId + "): " + summary.line());
      return summary.coded() == 0 ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }
  }
}
