package org.tacitus.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options of the commands that read a store: the file and the output form, checked in one place. */
final class StoreOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store.")
  Path db;

  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output form.")
  String format;

  /** The store file, after checking that it exists and that the output form is known. */
  Path checkedStore() {
    if (!List.of("table", "csv", "json").contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format takes table, csv or json, not '"
          + format + "'");
    }
    if (!Files.isRegularFile(db)) {
      throw new CliException(db + ": no such store; write one with 'tacitus code --db " + db + " FILE...'");
    }
    return db;
  }
}
