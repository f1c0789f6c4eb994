package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tacitus.app.format.EventFormat;
import org.tacitus.app.format.OutputFormat;
import org.tacitus.store.ExportFilter;
import org.tacitus.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacitus export --db FILE --format F}: the stored events in one of the layouts, filtered. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Writes the events kept by 'tacitus code --db' in one of the layouts 'tacitus code --format'"
        + " writes, optionally only those of a date range, an actor or a CAMEO code (docs/FORMATS.md, docs/STORE.md).",
        "Ids, dates, places and counts are those the events had when coded; --dedup daily merges them across the"
            + " whole store."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store.")
  Path db;

  @Option(names = "--format", paramLabel = "jsonl|csv|gdelt|mentions|phoenix|icews|polecat|parquet",
      defaultValue = "jsonl", description = "Layout of the events (default: jsonl).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output (parquet needs a file).")
  Path out;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after this date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before this date.")
  LocalDate to;

  @Option(names = "--actor", paramLabel = "CODE",
      description = "Only events with this actor, or one whose code starts with it (RUS takes RUSGOV), as source or"
          + " target.")
  String actor;

  @Option(names = "--code", paramLabel = "CODE|ROOT",
      description = "Only events with this CAMEO code or under it (19 takes 190 and 193; 043 takes 043).")
  String code;

  @Option(names = "--dedup", paramLabel = "none|daily", defaultValue = "none",
      description = "daily: one event per day, source, target and code, with mention, source and article counts and"
          + " all ids and urls; none (the default): the stored events as they are.")
  String dedup;

  @Option(names = "--header",
      description = "Start the gdelt, mentions and phoenix layouts with a line of column names.")
  boolean header;

  @Override
  public Integer call() throws IOException {
    if (!List.of("none", "daily").contains(dedup)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dedup takes 'none' or 'daily', not '" + dedup
          + "'");
    }
    OutputFormat layout = EventOutput.layout(spec, format);
    ExportFilter filter;
    try {
      filter = new ExportFilter(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(actor),
          Optional.ofNullable(code));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!Files.isRegularFile(db)) {
      throw new CliException(db + ": no such store; write one with 'tacitus code --db " + db + " FILE...'");
    }
    PrintWriter err = spec.commandLine().getErr();
    long[] counts = new long[2];
    try (EventStore store = EventStore.open(db)) {
      List<String> textless = store.textlessArticles();
      EventOutput output = EventOutput.open(spec, layout, out, header, dedup.equals("daily"));
      boolean done = false;
      try {
        EventFormat writer = output.format();
        writer.header();
        store.read(filter, a -> {
          writer.write(a.coded(), a.eventSeqs());
          output.flushStdout();
          counts[0]++;
          counts[1] += a.coded().events().size();
        });
        output.close();
        done = true;
        output.notes().forEach(note -> err.println("tacitus: " + note));
      } finally {
        if (!done) {
          output.abandon();
        }
      }
      if (!textless.isEmpty()) {
        err.println("tacitus: " + textless.size() + " stored article(s) have no text (coded with the text not kept),"
            + " so their sentence texts are missing from the output; the evidence and actor words are there");
      }
    }
    err.println("tacitus: exported " + counts[1] + " events of " + counts[0] + " articles" + (out == null ? ""
        : " to " + out) + " (" + layout.label() + (dedup.equals("daily") ? ", one a day" : "") + ")");
    return CommandLine.ExitCode.OK;
  }
}
