package org.tacitus.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacitus.store.EventStore;
import org.tacitus.store.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacitus sql "SELECT ..."}: read-only SQL over a store (tables: articles, sentences, mentions, events, runs).
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = {"Runs one read-only SQL statement (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN) on a store written by",
        "'tacitus code --db'. Tables: articles, sentences, mentions, events, runs (docs/STORE.md)."})
final class SqlCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOptions options;

  @Parameters(arity = "1", paramLabel = "SQL", description = "The statement.")
  String sql;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000", description = "Most rows printed.")
  int maxRows;


  @Override
  public Integer call() throws IOException {
    Path db = options.checkedStore();
    QueryResult r;
    try (EventStore store = EventStore.openReadOnly(db)) {
      r = store.sql(sql, maxRows);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    TablePrinter.print(options.format, r.columns(), r.rows(), spec.commandLine().getOut());
    if (r.truncated()) {
      spec.commandLine().getErr().println("tacitus: more than " + maxRows + " rows; the first " + maxRows
          + " are shown (--max-rows)");
    }
    return 0;
  }
}
