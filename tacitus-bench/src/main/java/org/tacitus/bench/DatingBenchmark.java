package org.tacitus.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.tacitus.coder.dates.DateResolver;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.DependencyGraph;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.model.Token;

/**
 * JMH: the date resolver ({@link DateResolver#find}) over every sentence of a generated corpus, against each
 * article's date. The resolver reads only the tokens' words, so the setup splits the generated text into sentences
 * at line breaks and full stops and into words with a regular expression instead of loading CoreNLP; the cost
 * measured is the resolver's, per sentence. The generated articles carry weekday expressions ("on Tuesday") and
 * datelines ("ABUJA, August 15 - ").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class DatingBenchmark {

  private static final Pattern SENTENCE = Pattern.compile("[^.\\n]+\\.?");
  private static final Pattern WORD = Pattern.compile("'ll|[A-Za-z]+|[0-9]+(?:st|nd|rd|th)?|\\S");

  /** Articles in the fixed corpus. */
  @Param("2000")
  public int articles;

  /** Seed of the corpus. */
  @Param("42")
  public long seed;

  private final List<Sentence> sentences = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();

  /** Per-thread counters that JMH reports as rates next to the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    /** Sentences resolved. */
    public long sentences;
    /** Expressions found. */
    public long expressions;

    @Setup(Level.Iteration)
    public void clear() {
      sentences = 0;
      expressions = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    for (Article a : new CorpusGenerator(seed).articles(articles)) {
      Matcher s = SENTENCE.matcher(a.text());
      while (s.find()) {
        List<Token> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(a.text()).region(s.start(), s.end());
        while (w.find()) {
          tokens.add(new Token(tokens.size(), w.group(), w.start(), w.end(), "X", w.group(), "O"));
        }
        if (tokens.isEmpty()) {
          continue;
        }
        DependencyGraph none = new DependencyGraph(tokens.size(), List.of());
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
            tokens, none, none));
        texts.add(a.text());
        dates.add(a.date().orElse(LocalDate.of(2024, 3, 6)));
      }
    }
    System.out.printf("%ncorpus: %d articles, %d sentences (seed %d)%n", articles, sentences.size(), seed);
  }

  /** Finds and resolves the date expressions of every sentence once. */
  @Benchmark
  public void resolveCorpus(Counts counts, Blackhole bh) {
    long found = 0;
    for (int i = 0; i < sentences.size(); i++) {
      List<DateResolver.Expression> x = DateResolver.find(sentences.get(i), texts.get(i), dates.get(i));
      found += x.size();
      bh.consume(x);
    }
    counts.sentences += sentences.size();
    counts.expressions += found;
  }
}
