package org.tacitus.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;

/**
 * JMH: the coding stage alone ({@link StandardCoder#code}) on pre-annotated sentences. The trial setup generates a
 * fixed corpus, annotates it once with CoreNLP and loads the shipped dictionaries; one operation codes every article
 * of the corpus, and the {@code sentences} and {@code articles} counters turn that into sentences/s and articles/s
 * (with JMH's error). Run through {@link JmhMain} or {@code org.openjdk.jmh.Main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class CodingBenchmark {

  /** Articles in the fixed corpus. */
  @Param("200")
  public int articles;

  /** Seed of the corpus. */
  @Param("42")
  public long seed;

  private StandardCoder coder;
  private List<AnnotatedArticle> corpus;
  private int sentences;

  /** Per-thread counters that JMH reports as rates next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    /** Sentences coded. */
    public long sentences;
    /** Articles coded. */
    public long articles;

    @Setup(Level.Iteration)
    public void clear() {
      sentences = 0;
      articles = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    List<Article> raw = new CorpusGenerator(seed).articles(articles);
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
    corpus = Parallel.map(raw, Runtime.getRuntime().availableProcessors(), nlp::annotate);
    sentences = corpus.stream().mapToInt(a -> a.sentences().size()).sum();
    coder = StandardCoder.load(CameoOntology.standard());
    System.out.printf("%ncorpus: %d articles, %d sentences (seed %d)%n", corpus.size(), sentences, seed);
  }

  /** Codes every article of the corpus once. */
  @Benchmark
  public void codeCorpus(Counts counts, Blackhole bh) {
    for (AnnotatedArticle a : corpus) {
      bh.consume(coder.code(a));
    }
    counts.sentences += sentences;
    counts.articles += corpus.size();
  }
}
