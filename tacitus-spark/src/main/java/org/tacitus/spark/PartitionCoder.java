package org.tacitus.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.tacitus.app.Pipeline;
import org.tacitus.app.format.EventFormat;
import org.tacitus.app.format.EventRow;
import org.tacitus.app.format.EventRows;
import org.tacitus.app.format.JsonlFormat;
import org.tacitus.app.format.OutputFormat;
import org.tacitus.coder.StoryDedup;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.stage.StageException;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The coding step of the job: turns {@link Schemas#INPUT} rows into {@link Schemas#RECORD} rows, one for one, with
 * the pipeline of its {@link PipelineSource} (as {@code tacitus code} codes an article). A stage failure becomes a
 * "failed" record, never a failed task. Counts into the job's accumulators as the rows go by.
 */
final class PartitionCoder implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The job's counters. */
  record Counters(LongAccumulator articles, LongAccumulator coded, LongAccumulator skipped, LongAccumulator failed,
      LongAccumulator sentences, LongAccumulator events) implements java.io.Serializable {
  }

  private final PipelineSource source;
  private final boolean storyDedup;
  private final List<String> layouts;
  private final Instant added;
  private final Counters counters;

  /**
   * @param layouts the labels of the {@link OutputFormat}s whose lines each coded record carries
   * @param added when the events are added (GDELT's DATEADDED)
   */
  PartitionCoder(PipelineSource source, boolean storyDedup, List<String> layouts, Instant added, Counters counters) {
    this.source = source;
    this.storyDedup = storyDedup;
    this.layouts = List.copyOf(layouts);
    this.added = added;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> inputs) {
    Pipeline pipeline = source.pipeline();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public Row next() {
        return code(pipeline, inputs.next());
      }
    };
  }

  private Row code(Pipeline pipeline, Row input) {
    counters.articles().add(1);
    String origin = input.getString(5);
    if (input.isNullAt(1)) {
      counters.skipped().add(1);
      return record(null, origin, "skipped", "read", input.getString(6), input.getString(7), 0, List.of(), Map.of());
    }
    Article article = HadoopInputs.article(input);
    CodedArticle coded;
    try {
      coded = pipeline.code(article);
    } catch (StageException e) {
      counters.failed().add(1);
      return record(article.id(), origin, "failed", e.stage(), e.stage(), e.getMessage(), 0, List.of(), Map.of());
    }
    if (storyDedup) {
      coded = StoryDedup.apply(coded);
    }
    List<Row> events = new ArrayList<>(coded.events().size());
    Map<String, List<String>> lines = new LinkedHashMap<>();
    try {
      for (EventRow row : EventRows.perArticle(coded)) {
        events.add(Schemas.row(JsonlFormat.node(row), Schemas.EVENT));
      }
      for (String label : layouts) {
        lines.put(label, lines(OutputFormat.byLabel(label).orElseThrow(), coded));
      }
    } catch (RuntimeException e) {
      counters.failed().add(1);
      return record(article.id(), origin, "failed", "output", "output", e.toString(), 0, List.of(), Map.of());
    }
    int sentences = coded.annotated().sentences().size();
    counters.coded().add(1);
    counters.sentences().add(sentences);
    counters.events().add(events.size());
    return record(article.id(), origin, "coded", null, null, null, sentences, events, lines);
  }

  /** The lines {@code tacitus code --format LABEL} writes for this article, without the line ends. */
  private List<String> lines(OutputFormat format, CodedArticle coded) {
    StringWriter out = new StringWriter();
    try (EventFormat writer = format.open(out, false, added)) {
      writer.write(coded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().lines().toList();
  }

  private static Row record(String id, String origin, String status, String stage, String reason, String message,
      int sentences, List<Row> events, Map<String, List<String>> lines) {
    Map<String, scala.collection.Seq<String>> layouts = new LinkedHashMap<>();
    lines.forEach((k, v) -> layouts.put(k, CollectionConverters.asScala(v).toSeq()));
    return RowFactory.create(id, origin, status, stage, reason, message, sentences,
        CollectionConverters.asScala(events).toSeq(), CollectionConverters.asScala(layouts));
  }
}
