package org.tacitus.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.tacitus.app.RunSummary;
import org.tacitus.app.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacitus spark IN... OUT}: the Spark job's command line, for {@code ./tacitus spark} and for
 * {@code spark-submit --class org.tacitus.spark.SparkMain}. Exit 0 when some article was coded, 1 when none was
 * (or the job failed), 2 on a usage error.
 */
@Command(name = "tacitus spark", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = SparkMain.VersionProvider.class,
    description = {"Codes articles into CAMEO events on Apache Spark, with the pipeline of 'tacitus code'.",
        "IN: files or folders on any Hadoop-compatible path (file:, hdfs:, s3a: ...), read by extension as 'tacitus"
            + " code' reads them (JSON Lines, CSV, text, HTML, RSS/Atom, WARC); folders are read recursively.",
        "OUT: a new folder; events/ (Parquet, partitioned by event_day), errors/ (JSON Lines: doc_id, origin,"
            + " stage, reason, message) and one folder per --layout. See docs/SPARK.md."})
public final class SparkMain implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "IN... OUT", hideParamSyntax = true, description = "Inputs, then the output folder.")
  List<String> paths;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[*], local[2], spark://host:7077, yarn ...). Default: spark-submit's, else "
          + "local[*].")
  String master;

  @Option(names = "--layout", paramLabel = "gdelt|phoenix", split = ",",
      description = "Also write these text layouts (as 'tacitus code --format' writes them) under OUT/LAYOUT/.")
  List<String> layouts = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Date for articles whose input gives none (plain text never does).")
  LocalDate date;

  @Option(names = "--dedup", paramLabel = "sentence|story", defaultValue = "sentence",
      description = "One event per (source, target, code) in each sentence (the default), or in the whole story.")
  String dedup;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions the articles are coded in (default: four per core).")
  Integer partitions;

  private PrintWriter err;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    SparkMain command = new SparkMain();
    command.err = err;
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof JobException) {
        err.println("tacitus spark: " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      // Spark's message carries the executor's stack trace; its first line names the cause
      err.println("tacitus spark: the job failed: " + e.toString().lines().findFirst().orElse("")
          + " (the full trace is in the driver's and the executors' logs)");
      return CommandLine.ExitCode.SOFTWARE;
    });
    int code = cl.execute(args);
    err.flush();
    out.flush();
    return code;
  }

  @Override
  public Integer call() throws IOException {
    if (!dedup.equals("sentence") && !dedup.equals("story")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--dedup takes 'sentence' or 'story', not '"
          + dedup + "'");
    }
    TacitusSpark.Options options = TacitusSpark.Options.defaults().withDefaultDate(date)
        .withStoryDedup(dedup.equals("story")).withLayouts(layouts);
    if (partitions != null) {
      options = options.withPartitions(partitions);
    }
    List<String> inputs = paths.subList(0, paths.size() - 1);
    String out = paths.get(paths.size() - 1);
    SparkConf conf = new SparkConf().setAppName("tacitus");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // one machine: keep the driver off the network
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      RunSummary summary = TacitusSpark.run(spark, inputs, out, options);
      err.println("tacitus spark: " + summary.line());
      err.println("tacitus spark: events in " + out + "/events (Parquet), errors in " + out + "/errors"
          + (layouts.isEmpty() ? "" : ", " + String.join(", ", layouts) + " in " + out + "/LAYOUT"));
      if (summary.coded() == 0) {
        err.println("tacitus spark: no article could be coded");
        return CommandLine.ExitCode.SOFTWARE;
      }
      return CommandLine.ExitCode.OK;
    } finally {
      spark.stop();
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {"tacitus spark " + Version.tacitus()};
    }
  }
}
