package org.tacitus.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tacitus.app.RunSummary;
import org.tacitus.app.format.OutputFormat;

/**
 * Tacitus on Apache Spark, as a library: code articles on any Hadoop-compatible path with the pipeline of
 * {@code tacitus code}, and get the events as a {@code Dataset<Row>} (the JSON Lines fields, nested the same way),
 * or {@linkplain #run write} them as Parquet partitioned by date, with the GDELT or Phoenix layouts beside.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[*]").getOrCreate();
 * Dataset<Row> events = TacitusSpark.events(spark, List.of("s3a://bucket/news/2024-03/"));
 * events.groupBy("root").count().show();
 * }</pre>
 */
public final class TacitusSpark {

  /** Layouts that are lines of text, one event a line, written beside the Parquet events when asked for. */
  /** The partition column of the Parquet events: the event's day, else the article's. */
  public static final String DAY = "event_day";

  public static final Set<String> TEXT_LAYOUTS = Set.of("gdelt", "phoenix", "polecat", "icews");

  /**
   * How to run the job.
   *
   * @param defaultDate the date of articles whose input has none ({@code tacitus code --date})
   * @param storyDedup one event per (source, target, code) in a story rather than in a sentence
   *     ({@code --dedup story})
   * @param layouts the text layouts to write beside the Parquet events ({@link #TEXT_LAYOUTS} that
   *     {@link OutputFormat} has)
   * @param partitions how many partitions the articles are coded in; default four per core of the cluster
   * @param pipeline where each executor gets its pipeline; default {@link PipelineSource#standard}
   */
  public record Options(Optional<LocalDate> defaultDate, boolean storyDedup, List<String> layouts,
      OptionalInt partitions, PipelineSource pipeline) {

    public Options {
      Objects.requireNonNull(defaultDate, "defaultDate");
      layouts = List.copyOf(layouts);
      Objects.requireNonNull(partitions, "partitions");
      Objects.requireNonNull(pipeline, "pipeline");
      for (String label : layouts) {
        if (!TEXT_LAYOUTS.contains(label) || OutputFormat.byLabel(label).isEmpty()) {
          throw new JobException("no text layout '" + label + "'; the job writes "
              + String.join(", ", availableLayouts()) + " beside the Parquet events", null);
        }
      }
      if (partitions.isPresent() && partitions.getAsInt() < 1) {
        throw new JobException("partitions must be at least 1, not " + partitions.getAsInt(), null);
      }
    }

    /** What {@code tacitus code} does by default: shipped dictionaries, no default date, Parquet only. */
    public static Options defaults() {
      return new Options(Optional.empty(), false, List.of(), OptionalInt.empty(),
          PipelineSource.standard(Optional.empty()));
    }

    /** These options with a default date, and the standard pipeline for it (replacing one given before). */
    public Options withDefaultDate(LocalDate date) {
      return new Options(Optional.ofNullable(date), storyDedup, layouts, partitions,
          PipelineSource.standard(Optional.ofNullable(date)));
    }

    public Options withStoryDedup(boolean story) {
      return new Options(defaultDate, story, layouts, partitions, pipeline);
    }

    public Options withLayouts(List<String> labels) {
      return new Options(defaultDate, storyDedup, labels, partitions, pipeline);
    }

    public Options withPartitions(int n) {
      return new Options(defaultDate, storyDedup, layouts, OptionalInt.of(n), pipeline);
    }

    public Options withPipeline(PipelineSource source) {
      return new Options(defaultDate, storyDedup, layouts, partitions, source);
    }
  }

  /**
   * A coded input, not yet computed: one row per input record ({@link #records()}), and the counters its
   * computation fills.
   */
  public static final class Coded {

    private final Dataset<Row> records;
    private final PartitionCoder.Counters counters;

    private Coded(Dataset<Row> records, PartitionCoder.Counters counters) {
      this.records = records;
      this.counters = counters;
    }

    /**
     * One row per input record: doc_id, origin, status (coded, skipped, failed), stage, reason, message,
     * sentences, events (an array of event rows), layouts (layout name → its lines).
     */
    public Dataset<Row> records() {
      return records;
    }

    /** The events of the coded records, one row each, with the fields of {@code tacitus code}'s JSON Lines. */
    public Dataset<Row> events() {
      return records.filter(col("status").equalTo("coded")).select(explode(col("events")).as("e")).select("e.*");
    }

    /** The records that were skipped or failed: doc_id (null when unread), origin, stage, reason, message. */
    public Dataset<Row> errors() {
      return records.filter(col("status").notEqual("coded"))
          .select(col("doc_id"), col("origin"), col("stage"), col("reason"), col("message"));
    }

    /** The lines of one text layout, as one column "value". */
    public Dataset<Row> lines(String layout) {
      return records.filter(col("status").equalTo("coded")).select(explode(col("layouts").getItem(layout))
          .as("value"));
    }
  }

  private TacitusSpark() {
  }

  /** The events of {@code inputs} (files or folders, any Hadoop-compatible path), coded as {@code tacitus code} does. */
  public static Dataset<Row> events(SparkSession spark, List<String> inputs) throws IOException {
    return code(spark, inputs, Options.defaults()).events();
  }

  /**
   * Codes {@code inputs} (lazily: nothing runs before an action on the result).
   *
   * @throws IOException when the inputs cannot be listed
   */
  public static Coded code(SparkSession spark, List<String> inputs, Options options) throws IOException {
    SparkContext sc = spark.sparkContext();
    HadoopInputs.Listing listing = HadoopInputs.list(inputs, sc.hadoopConfiguration());
    int parallelism = sc.defaultParallelism();
    int slices = Math.max(1, Math.min(listing.files().size(), parallelism * 4));
    Dataset<Row> read = spark.createDataset(listing.files(), Encoders.STRING()).repartition(slices)
        .mapPartitions(new FileReading(HadoopInputs.entries(sc.hadoopConfiguration())), Encoders.row(Schemas.INPUT));
    if (!listing.problems().isEmpty()) {
      read = read.union(spark.createDataFrame(listing.problems().stream().map(HadoopInputs::row).toList(),
          Schemas.INPUT));
    }
    PartitionCoder.Counters counters = new PartitionCoder.Counters(sc.longAccumulator("articles"),
        sc.longAccumulator("coded"), sc.longAccumulator("skipped"), sc.longAccumulator("failed"),
        sc.longAccumulator("sentences"), sc.longAccumulator("events"));
    Dataset<Row> records = read.repartition(options.partitions().orElse(parallelism * 4))
        .mapPartitions(new PartitionCoder(options.pipeline(), options.storyDedup(), options.layouts(), Instant.now(),
            counters), Encoders.row(Schemas.RECORD));
    return new Coded(records, counters);
  }

  /**
   * Codes {@code inputs} and writes, under {@code out} (a folder that must not exist): {@code events/}, Parquet
   * partitioned by {@code event_day} (the event's date, else the article's; {@code event_day=__HIVE_DEFAULT_PARTITION__}
   * when there is none); {@code errors/}, JSON Lines, one line per skipped or failed record; and {@code LAYOUT/}, text, for each
   * layout asked for. The records are coded once (kept in memory, spilling to disk) and written from there.
   *
   * @return the counts of the run, taken from the job's accumulators
   * @throws IOException when the inputs cannot be listed or the output folder checked
   * @throws JobException when {@code out} exists
   */
  public static RunSummary run(SparkSession spark, List<String> inputs, String out, Options options)
      throws IOException {
    long start = System.nanoTime();
    Path outPath = new Path(out);
    FileSystem fs = outPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(outPath)) {
      throw new JobException("output folder " + out + " exists; give a new folder (the job never overwrites)", null);
    }
    Coded coded = code(spark, inputs, options);
    Dataset<Row> records = coded.records().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // one shuffle by date, so that each date is one Parquet file rather than one per task
      coded.events().withColumn(DAY, coalesce(col("event_date.date"), col("date"))).repartition(col(DAY)).write()
          .partitionBy(DAY).parquet(new Path(outPath, "events").toString());
      coded.errors().write().json(new Path(outPath, "errors").toString());
      for (String layout : options.layouts()) {
        coded.lines(layout).write().text(new Path(outPath, layout).toString());
      }
      Map<String, Integer> skipped = new LinkedHashMap<>();
      Map<String, Integer> failed = new LinkedHashMap<>();
      for (Row r : coded.errors().groupBy("stage", "reason").count().orderBy("stage", "reason").collectAsList()) {
        Map<String, Integer> m = "read".equals(r.getString(0)) ? skipped : failed;
        m.merge(r.getString(1), (int) r.getLong(2), Integer::sum);
      }
      PartitionCoder.Counters c = coded.counters;
      return new RunSummary(c.articles().value().intValue(), c.coded().value().intValue(), skipped, failed,
          c.sentences().value(), c.events().value(), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      records.unpersist();
    }
  }

  /** The text layouts this build can write. */
  public static List<String> availableLayouts() {
    return TEXT_LAYOUTS.stream().filter(l -> OutputFormat.byLabel(l).isPresent()).sorted().toList();
  }
}
