package org.tacitus.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tacitus.app.format.EventFormat;
import org.tacitus.app.format.OutputFormat;
import org.tacitus.coder.StoryDedup;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.ingest.ArticleReader;
import org.tacitus.ingest.FieldNames;
import org.tacitus.ingest.Inputs;
import org.tacitus.ingest.ReadResult;
import org.tacitus.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacitus code FILE...}: events as JSON Lines, or in another layout ({@code --format}). */
@Command(name = "code", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Codes articles into CAMEO events, written as JSON Lines (one event a line), or as CSV, the GDELT"
        + " 2.0 Event table or the Phoenix layout (--format; docs/FORMATS.md lists the columns).",
        "A .jsonl/.ndjson/.json file holds one article a line: {\"id\", \"text\", \"date\"?, \"title\"?, \"url\"?};"
            + " .csv (header row: id, text, title, date, url), .html/.htm (boilerplate removed), .rss/.atom/.xml"
            + " feeds (one article an item), .feeds lists of feed URLs and .warc/.warc.gz (HTML responses) are read"
            + " by their format;"
            + " a folder is read recursively; any other file is one plain-text article (the whole file is coded).",
        "Bad records are reported on stderr as FILE:LINE and skipped; a summary line ends the run."})
final class CodeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files.")
  List<Path> files;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the events to FILE instead of standard output, and the provenance to "
          + "FILE.provenance.json.")
  Path out;

  @Option(names = "--provenance", paramLabel = "FILE",
      description = "Write the provenance (versions, dictionary checksums, configuration, counts) to FILE.")
  Path provenance;

  @Option(names = "--dedup", paramLabel = "sentence|story|daily", defaultValue = "sentence",
      description = "One event per (source, target, code) in each sentence (the default), or in the whole story; "
          + "daily: one per day, source, target and code over the whole run, with mention, source and article "
          + "counts and all ids and urls (written at the end).")
  String dedup;

  @Option(names = "--format", paramLabel = "jsonl|csv|gdelt|mentions|phoenix|icews|polecat|parquet",
      defaultValue = "jsonl",
      description = "Layout of the events: JSON Lines (the default), CSV with a header row, the GDELT 2.0 Event table "
          + "(61 tab-separated columns) or Mentions table (16), the Phoenix layout (26), ICEWS (20, header row), "
          + "POLECAT/PLOVER JSON Lines, or Parquet (needs --out); docs/FORMATS.md.")
  String format;

  @Option(names = "--header",
      description = "Start the gdelt, mentions and phoenix layouts with a line of column names (they ship without "
          + "one).")
  boolean header;

  @Option(names = "--db", paramLabel = "FILE",
      description = {"Also keep the articles, actor mentions and events in this DuckDB file (created if missing;"
          + " coding an article again replaces it). Query it with 'tacitus query' and 'tacitus sql'."})
  Path db;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date for articles whose input gives none (plain text never does).")
  LocalDate date;

  @Option(names = "--field", paramLabel = "PART=NAME",
      description = {"JSON Lines field or CSV column that holds an article's PART (id, text, title, date, url or"
          + " source), e.g. --field text=body --field date=published_at. Repeatable; by default each part is looked"
          + " up under common names (text, content, body, ...)."})
  List<String> fieldOptions = new ArrayList<>();

  @Option(names = "--resume",
      description = {"Do not code again the articles an earlier run finished: those whose events are in the --out"
          + " file (JSON Lines; found by doc_id, the last article of the file is coded again and the new events"
          + " appended), else those in the --db store (by id or by the text's SHA-256)."})
  boolean resume;

  @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
      description = {"Progress on standard error: a bar (articles/s, ETA) when it is a terminal, else a line every"
          + " --progress-every seconds (auto, the default); or always bar, lines, or none."})
  String progressMode;

  @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
      description = "Seconds between two progress lines (default: ${DEFAULT-VALUE}).")
  int progressEvery;

  @Mixin
  DictionaryOptions dictionaries;

  /** Undated articles are warned about one by one up to this many; the rest are only counted. */
  static final int UNDATED_WARNINGS = 10;

  @Override
  public Integer call() throws IOException {
    checkOptions();
    return code(Pipeline.create(PipelineConfig.defaults().withDefaultDate(date)
        .withDictionaries(dictionaries.resolve())));
  }

  /** Checks the options that picocli cannot. */
  private void checkOptions() {
    if (!List.of("sentence", "story", "daily").contains(dedup)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dedup takes 'sentence', 'story' or 'daily',"
          + " not '" + dedup + "'");
    }
    fields();
    progress();
    if (progressEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--progress-every must be at least 1 second, not "
          + progressEvery);
    }
    if (resume && out == null && db == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --out FILE or --db FILE: the"
          + " events or the store of the run to resume");
    }
    if (resume && out != null && !format.equals("jsonl")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--resume with --out reads the events written"
          + " before, which needs --format jsonl (or resume against --db without --out)");
    }
  }

  private FieldNames fields() {
    FieldNames names = FieldNames.DEFAULTS;
    for (String f : fieldOptions) {
      int eq = f.indexOf('=');
      if (eq < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--field takes PART=NAME (e.g. text=body),"
            + " not '" + f + "'");
      }
      try {
        names = names.with(f.substring(0, eq), f.substring(eq + 1));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--field " + f + ": " + e.getMessage());
      }
    }
    return names;
  }

  private Progress.Mode progress() {
    try {
      return Progress.Mode.valueOf(progressMode.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--progress takes auto, bar, lines or none, not '"
          + progressMode + "'");
    }
  }

  /** Codes the inputs with {@code pipeline}; the options have been checked. */
  Integer code(Pipeline pipeline) throws IOException {
    boolean storyLevel = dedup.equals("story");
    OutputFormat layout = EventOutput.layout(spec, format);
    if (!layout.isText() && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet writes a file: give --out"
          + " FILE.parquet");
    }
    int n = threads(spec, threads);
    PrintWriter err = spec.commandLine().getErr();
    DoneArticles done = resume && out != null ? DoneArticles.inJsonl(out) : DoneArticles.none();
    RunSummary summary;
    EventStore store = db == null ? null : EventStore.open(db);
    if (resume && out == null) {
      done = DoneArticles.inStore(store);
    }
    DoneArticles skip = done;
    String runId = store == null ? null : store.startRun(pipeline.provenance());
    long[] resumed = {0};
    int[] undated = {0};
    EventOutput output = null;
    try (ArticleReader reader = Inputs.open(files, fields());
        Progress progress = Progress.start(progress(), Inputs.countRecords(files), err, progressEvery)) {
      boolean appending = resume && out != null && Files.exists(out) && Files.size(out) > 0;
      output = EventOutput.open(spec, layout, out, header && !appending, dedup.equals("daily"), appending);
      EventFormat writer = output.format();
      EventOutput sink = output;
      writer.header();
      Stream<ReadResult> inputs = reader.stream().filter(r -> {
        if (r instanceof ReadResult.Ok ok && skip.contains(ok.article())) {
          resumed[0]++;
          progress.resumed();
          return false;
        }
        return true;
      });
      summary = pipeline.run(inputs, n, outcome -> {
        progress.record(outcome);
        if (outcome instanceof Outcome.Coded c) {
          if (c.result().article().date().isEmpty() && ++undated[0] <= UNDATED_WARNINGS) {
            err.println("tacitus: " + c.origin() + ": warning: the input gives no date for article '"
                + c.result().article().id() + "'; its events are undated. Give a date in the input or with --date"
                + " YYYY-MM-DD" + (undated[0] == UNDATED_WARNINGS ? " (further undated articles are only counted)"
                : ""));
          }
          CodedArticle coded = storyLevel ? StoryDedup.apply(c.result()) : c.result();
          if (store != null) {
            store.store(coded, runId);
          }
          writer.write(coded);
          sink.flushStdout();
        } else if (outcome instanceof Outcome.Skipped s) {
          err.println("tacitus: " + s.error().describe() + "; skipped");
        } else if (outcome instanceof Outcome.Failed f) {
          err.println("tacitus: " + f.origin() + ": " + f.error().getMessage() + "; skipped");
        }
      });
      output.close();
      output.notes().forEach(note -> err.println("tacitus: " + note));
      output = null;
    } finally {
      if (output != null) {
        output.abandon();
        try {
          output.close();
        } catch (IOException | RuntimeException e) {
          err.println("tacitus: closing the output after the failure also failed: " + e.getMessage());
        }
      }
      if (store != null) {
        store.close();
      }
    }
    if (resume) {
      err.println("tacitus: --resume: " + resumed[0] + " articles done before (in " + skip.where()
          + ") were not coded again");
    }
    err.println("tacitus: " + summary.line());
    Path sidecar = provenance != null ? provenance
        : out != null ? out.resolveSibling(out.getFileName() + ".provenance.json") : null;
    if (sidecar != null && summary.coded() > 0) {
      Files.writeString(sidecar, EventJson.pretty(EventJson.provenance(pipeline.provenance(), summary)),
          StandardCharsets.UTF_8);
    }
    if (summary.coded() == 0 && !(resume && resumed[0] > 0 && summary.read() == 0)) {
      err.println("tacitus: no article could be coded");
      return CommandLine.ExitCode.SOFTWARE;
    }
    return CommandLine.ExitCode.OK;
  }

  /** The thread count of a command: the option, or the number of processors. */
  static int threads(CommandSpec spec, Integer option) {
    if (option == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (option < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + option);
    }
    return option;
  }
}
