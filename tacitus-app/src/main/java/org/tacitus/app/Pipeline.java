package org.tacitus.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.tacitus.coder.StandardCoder;
import org.tacitus.coder.dates.EventDating;
import org.tacitus.coder.dict.DictionaryException;
import org.tacitus.coder.events.PlaceActors;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.core.model.Mention;
import org.tacitus.core.model.Provenance;
import org.tacitus.core.model.Span;
import org.tacitus.core.stage.Annotator;
import org.tacitus.core.stage.ArticleCoder;
import org.tacitus.core.stage.StageException;
import org.tacitus.geo.GazetteerException;
import org.tacitus.geo.Geolocator;
import org.tacitus.ingest.ReadResult;
import org.tacitus.ingest.RecordError;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;

/**
 * The one place where configuration becomes stages: language analysis ({@link CoreNlpAnnotator}), then event coding
 * ({@link StandardCoder}), then the places of the events ({@link Geolocator}), then their dates ({@link EventDating}).
 * The stages are heavy (models, dictionaries, gazetteer) and thread safe, so the JVM keeps one of each
 * (per {@link NlpConfig}) and every pipeline shares them; they load on first use, not when a pipeline is built. A
 * pipeline with user dictionaries ({@link UserDictionaries}) compiles a coder of its own, reading the files when its
 * stages load, so that a file edited between two runs in one JVM is read again.
 *
 * <p>{@link #code} codes one article; {@link #run} codes a stream of records on several threads and hands the
 * outcomes to a sink in input order, counting them. A pipeline is thread safe.
 */
public final class Pipeline {

  private static final Map<NlpConfig, CoreNlpAnnotator> ANNOTATORS = new ConcurrentHashMap<>();
  private static final Lazy<StandardCoder> CODER = new Lazy<>(() -> StandardCoder.load(CameoOntology.standard()));
  /** Post stage: where each event happened (tacitus-geo, docs/GEO.md); its gazetteer loads beside the models. */
  private static final Lazy<Geolocator> GEOLOCATOR = new Lazy<>(Geolocator::standard);

  /** Where a record's sentences and events go, one outcome at a time, in input order, on the calling thread. */
  @FunctionalInterface
  public interface Sink {

    void accept(Outcome outcome) throws IOException;
  }

  private record Stages(Annotator annotator, ArticleCoder coder, Map<String, String> checksums) {
  }

  private final PipelineConfig config;
  private final Lazy<Stages> stages;
  private final Lazy<Provenance> provenance;

  private Pipeline(PipelineConfig config, Supplier<Stages> stages) {
    this.config = Objects.requireNonNull(config, "config");
    this.stages = new Lazy<>(stages);
    this.provenance = new Lazy<>(() -> {
      Stages s = this.stages.get();
      return Provenance.of(Version.tacitus(), s.annotator().describe(), s.checksums(), config.asMap());
    });
  }

  /** The pipeline of the shipped stages. Cheap: the models load when the first article is coded. */
  public static Pipeline create(PipelineConfig config) {
    return new Pipeline(config, () -> {
      // The gazetteer loads on a daemon thread while the models load; a failure there is reported by the first use.
      Thread gazetteer = new Thread(() -> {
        try {
          GEOLOCATOR.get();
        } catch (RuntimeException e) {
          // reported when the first article is placed
        }
      }, "tacitus-gazetteer");
      gazetteer.setDaemon(true);
      gazetteer.start();
      StandardCoder coder = coder(config.dictionaries());
      CoreNlpAnnotator annotator;
      try {
        annotator = ANNOTATORS.computeIfAbsent(config.nlp(), CoreNlpAnnotator::new);
      } catch (RuntimeException e) {
        throw new PipelineException("cannot load the CoreNLP models: " + e, e);
      }
      return new Stages(annotator, coder, coder.checksums());
    });
  }

  /**
   * The coder of the shipped dictionaries, or of the shipped and the user's.
   *
   * @throws PipelineException when a dictionary cannot be read or breaks its grammar
   */
  static StandardCoder coder(UserDictionaries user) {
    try {
      return user.isEmpty() ? CODER.get() : Dictionaries.coder(CameoOntology.standard(), user);
    } catch (DictionaryException e) {
      throw new PipelineException("dictionary error: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new PipelineException("cannot read a dictionary: " + (e instanceof NoSuchFileException ? e.getMessage()
          + ": no such file" : e.toString()), e);
    } catch (RuntimeException e) {
      throw new PipelineException("cannot load the coder's dictionaries: " + e.getMessage(), e);
    }
  }

  /** A pipeline of given stages (tests, other coders). */
  public static Pipeline of(PipelineConfig config, Annotator annotator, ArticleCoder coder,
      Map<String, String> checksums) {
    Stages s = new Stages(annotator, coder, Map.copyOf(checksums));
    return new Pipeline(config, () -> s);
  }

  public PipelineConfig config() {
    return config;
  }

  /** Loads the stages now, if not yet loaded (otherwise the first article does). */
  public void load() {
    stages.get();
  }

  /** What produced this pipeline's results: versions, dictionary checksums, configuration. Loads the stages. */
  public Provenance provenance() {
    return provenance.get();
  }

  /**
   * Codes one article (giving it the default date when it has none).
   *
   * @throws PipelineException when the stages cannot be loaded
   * @throws StageException when a stage fails on this article, or a stage's output breaks the model's rules
   */
  public CodedArticle code(Article article) {
    Stages s = stages.get();
    Article a = article.date().isEmpty() && config.defaultDate().isPresent()
        ? article.withDate(config.defaultDate().get()) : article;
    AnnotatedArticle annotated;
    try {
      annotated = s.annotator().annotate(a);
    } catch (StageException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StageException("nlp", a.id(), e.toString(), e);
    }
    CodedArticle coded;
    try {
      coded = s.coder().code(annotated);
    } catch (StageException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StageException("coder", a.id(), e.toString(), e);
    }
    coded = place(coded);
    check(coded);
    return EventDating.apply(coded);
  }

  /**
   * Post stage: sets each event's place (tacitus-geo), then lets the place complete the actors the sentence left open
   * ({@link PlaceActors}).
   */
  private static CodedArticle place(CodedArticle coded) {
    Geolocator geo;
    try {
      geo = GEOLOCATOR.get();
    } catch (GazetteerException e) {
      throw new PipelineException("cannot load the gazetteer: " + e.getMessage(), e);
    }
    try {
      return PlaceActors.complete(geo.place(coded));
    } catch (RuntimeException e) {
      throw new StageException("geo", coded.article().id(), e.toString(), e);
    }
  }

  /** Every offset written must point into the text, and every event into one of the sentences. */
  private static void check(CodedArticle coded) {
    int length = coded.article().text().length();
    int sentences = coded.annotated().sentences().size();
    for (Event e : coded.events()) {
      String problem = null;
      if (e.sentence() < 0 || e.sentence() >= sentences) {
        problem = "sentence " + e.sentence() + " of an article with " + sentences;
      } else if (!inside(e.evidence(), length)) {
        problem = "evidence " + e.evidence() + " outside the text of " + length + " characters";
      } else if (!inside(e.source(), length) || !e.target().map(m -> inside(m, length)).orElse(true)
          || !e.reportedBy().map(m -> inside(m, length)).orElse(true)) {
        problem = "an actor mention outside the text of " + length + " characters";
      }
      if (problem != null) {
        throw new StageException("coder", coded.article().id(), "event " + e.code().code() + " ('" + e.rule()
            + "') has " + problem, null);
      }
    }
  }

  private static boolean inside(Mention m, int length) {
    return inside(m.span(), length);
  }

  private static boolean inside(Span s, int length) {
    return s.end() <= length;
  }

  /** {@link #run(Stream, int, Sink)} on as many threads as there are processors. */
  public RunSummary run(Stream<ReadResult> inputs, Sink sink) throws IOException {
    return run(inputs, Runtime.getRuntime().availableProcessors(), sink);
  }

  /**
   * Codes every article of {@code inputs} on {@code threads} threads, and gives each record's outcome to {@code sink}
   * in input order (a bad record as {@link Outcome.Skipped}, a stage failure as {@link Outcome.Failed}).
   *
   * @return the counts
   * @throws IOException when the inputs cannot be read further or the sink cannot write
   */
  public RunSummary run(Stream<ReadResult> inputs, int threads, Sink sink) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    long start = System.nanoTime();
    Counts counts = new Counts();
    AtomicInteger worker = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tacitus-worker-" + worker.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    // Outcomes in input order; the head is written as soon as it is done, and the window bounds the memory.
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int max = threads * 4;
    try {
      Iterator<ReadResult> it = inputs.iterator();
      while (it.hasNext()) {
        ReadResult r = it.next();
        if (r instanceof RecordError error) {
          window.add(CompletableFuture.completedFuture(new Outcome.Skipped(error)));
        } else {
          Article article = ((ReadResult.Ok) r).article();
          window.add(pool.submit(() -> attempt(article)));
        }
        while (!window.isEmpty() && (window.size() >= max || window.peek().isDone())) {
          deliver(window.poll(), counts, sink);
        }
      }
      while (!window.isEmpty()) {
        deliver(window.poll(), counts, sink);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    return counts.summary(Duration.ofNanos(System.nanoTime() - start));
  }

  private Outcome attempt(Article article) {
    try {
      return new Outcome.Coded(code(article));
    } catch (StageException e) {
      return new Outcome.Failed(article, e);
    }
  }

  private static void deliver(Future<Outcome> future, Counts counts, Sink sink) throws IOException {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a worker");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    counts.add(outcome);
    sink.accept(outcome);
  }

  /** Counts outcomes; used by the one thread that delivers them. */
  private static final class Counts {

    private int read;
    private int coded;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Map<String, Integer> failed = new LinkedHashMap<>();
    private long sentences;
    private long events;
    private int undated;

    void add(Outcome outcome) {
      read++;
      if (outcome instanceof Outcome.Coded c) {
        coded++;
        if (c.result().article().date().isEmpty()) {
          undated++;
        }
        sentences += c.result().annotated().sentences().size();
        events += c.result().events().size();
      } else if (outcome instanceof Outcome.Skipped s) {
        skipped.merge(s.error().reason(), 1, Integer::sum);
      } else if (outcome instanceof Outcome.Failed f) {
        failed.merge(f.error().stage(), 1, Integer::sum);
      }
    }

    RunSummary summary(Duration elapsed) {
      return new RunSummary(read, coded, skipped, failed, sentences, events, elapsed, undated);
    }
  }

  /** A value computed once, on first use; a failed computation is tried again next time. */
  private static final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> supplier;
    private volatile T value;

    Lazy(Supplier<T> supplier) {
      this.supplier = supplier;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = Objects.requireNonNull(supplier.get());
            value = v;
          }
        }
      }
      return v;
    }
  }
}
