package org.tacitus.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tacitus.app.Pipeline;
import org.tacitus.app.PipelineConfig;

/**
 * Gives each executor JVM its pipeline. Shipped to the executors with the tasks, so it holds only a small
 * configuration; the pipeline (models, dictionaries) is built there, on first use, and kept for the JVM's life.
 */
@FunctionalInterface
public interface PipelineSource extends Serializable {

  /** The pipeline to code with; called once per partition, so it must be cheap after the first call. */
  Pipeline pipeline();

  /**
   * The pipeline {@code tacitus code} builds: shipped dictionaries, {@code defaultDate} for articles without a date.
   * One per JVM and date, shared by all tasks of an executor (the pipeline is thread safe; its CoreNLP models load
   * once per JVM).
   */
  static PipelineSource standard(Optional<LocalDate> defaultDate) {
    return new Standard(defaultDate.orElse(null));
  }

  /** The standard pipeline; the date is nullable here because {@link Optional} is not serializable. */
  final class Standard implements PipelineSource {

    private static final long serialVersionUID = 1L;
    private static final Map<Optional<LocalDate>, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private final LocalDate defaultDate;

    private Standard(LocalDate defaultDate) {
      this.defaultDate = defaultDate;
    }

    @Override
    public Pipeline pipeline() {
      return PIPELINES.computeIfAbsent(Optional.ofNullable(defaultDate),
          d -> Pipeline.create(PipelineConfig.defaults().withDefaultDate(d.orElse(null))));
    }
  }
}
