package org.tacitus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Sentence;
import org.tacitus.core.stage.Annotator;
import org.tacitus.core.stage.ArticleCoder;
import org.tacitus.core.stage.StageException;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The end-to-end benchmark: loads CoreNLP ({@link NlpConfig#defaults()}) and the shipped coder once, warms both up,
 * then runs a generated corpus through (a) CoreNLP alone and (b) CoreNLP + coding at each thread count (a fixed pool
 * sharing the one annotator and the one coder), and times the coding stage alone over the already-annotated corpus
 * on one thread. Prints sentences/s, articles/s, the ratio (b)/(a), the coding share of end-to-end time and peak
 * memory, as Markdown for docs/BENCHMARKS.md. Progress goes to standard error, the report to standard output.
 */
@Command(name = "EndToEndBench", mixinStandardHelpOptions = true, version = "Tacitus end-to-end benchmark",
    sortOptions = false,
    description = "Measures CoreNLP alone vs CoreNLP + coding (sentences/s, articles/s, peak RSS) at 1..N threads, "
        + "and the coding stage alone, on a seeded generated corpus.")
public final class EndToEndBench implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "500", description = "measured articles (default ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "1,2", split = ",",
      description = "worker thread counts, comma-separated (default ${DEFAULT-VALUE})")
  List<Integer> threads;

  @Option(names = "--warmup", defaultValue = "100",
      description = "warm-up articles (another seed), run through both passes first (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--warmup-seconds", defaultValue = "30",
      description = "repeat the warm-up passes until this many seconds have passed (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(names = "--rounds", defaultValue = "1",
      description = "measure each configuration this many times and report the median (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--coding-seconds", defaultValue = "10",
      description = "minimum duration of the coding-alone measurement (default ${DEFAULT-VALUE})")
  int codingSeconds;

  @Option(names = "--report", description = "also write the Markdown report to this file")
  Path report;

  @Spec
  CommandSpec spec;

  /** CPUs kept busy by other processes above which a stage is flagged as disturbed. */
  private static final double DISTURBED = 0.2;

  private final PrintStream log = System.err;

  /** Which stages a pass runs. */
  enum Pass {
    NLP("CoreNLP alone"),
    END_TO_END("CoreNLP + coding");

    final String label;

    Pass(String label) {
      this.label = label;
    }
  }

  /**
   * What one pass over the corpus measured.
   *
   * @param wallNanos from the first submission to the last result
   * @param nlpNanos CoreNLP time summed over articles (busy time of all workers)
   * @param codeNanos coding time summed over articles
   * @param peakRssKib peak RSS during the pass, when it could be read
   * @param cpu CPUs kept busy by this JVM and by other processes during the pass
   * @param annotated the annotated articles, kept by NLP passes only
   */
  record PassResult(Pass pass, int threads, int articles, long sentences, long events, int failed, long wallNanos,
      long nlpNanos, long codeNanos, OptionalLong peakRssKib, CpuMeter.Usage cpu, List<AnnotatedArticle> annotated) {

    double seconds() {
      return wallNanos / 1e9;
    }

    double sentencesPerSecond() {
      return sentences / seconds();
    }

    double articlesPerSecond() {
      return articles / seconds();
    }

    /** The same figures without the annotated articles, so that earlier rounds do not hold on to them. */
    PassResult withoutArticles() {
      return new PassResult(pass, threads, articles, sentences, events, failed, wallNanos, nlpNanos, codeNanos,
          peakRssKib, cpu, List.of());
    }
  }

  private record ArticleResult(AnnotatedArticle annotated, long sentences, long events, long nlpNanos,
      long codeNanos, boolean failed) {
  }

  @Override
  public Integer call() throws IOException {
    validate();
    log.println("machine: " + Machine.describe());
    OptionalLong startRss = ProcessMemory.peakRssKib();

    long t0 = System.nanoTime();
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
    double nlpLoad = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    StandardCoder coder = StandardCoder.load(CameoOntology.standard());
    double coderLoad = (System.nanoTime() - t0) / 1e9;
    long liveHeap = ProcessMemory.liveHeapBytes();
    OptionalLong loadPeakRss = ProcessMemory.peakRssKib();
    log.printf(Locale.ROOT, "loaded %s in %.1f s, coder in %.2f s; live heap %d MiB%n", nlp.describe(), nlpLoad,
        coderLoad, liveHeap >> 20);

    List<Article> corpus = new CorpusGenerator(seed).articles(articles);
    List<Article> warm = new CorpusGenerator(seed + 1).articles(warmup);
    if (!warm.isEmpty()) {
      t0 = System.nanoTime();
      List<AnnotatedArticle> warmAnnotated = List.of();
      long warmEnd = t0 + TimeUnit.SECONDS.toNanos(warmupSeconds);
      int warmRounds = 0;
      do {
        for (int t : threads.stream().distinct().toList()) {
          run(Pass.END_TO_END, warm, t, nlp, coder);
          warmAnnotated = run(Pass.NLP, warm, t, nlp, coder).annotated();
        }
        warmRounds++;
      } while (System.nanoTime() < warmEnd);
      // A run of n articles calls the coder only n times, too few for the JIT to finish with it: code the warm-up
      // articles again and again so that both passes are measured at steady state.
      long codingWarmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      do {
        codeAll(coder, warmAnnotated);
      } while (System.nanoTime() < codingWarmEnd);
      log.printf(Locale.ROOT, "warm-up: %d articles through both passes at %s threads %d times, then 3 s of "
          + "coding, in %.1f s%n", warm.size(), threads, warmRounds, (System.nanoTime() - t0) / 1e9);
    }

    List<PassResult> results = new ArrayList<>();
    List<AnnotatedArticle> annotated = List.of();
    for (int r = 0; r < rounds; r++) {
      for (int t : threads) {
        for (Pass pass : Pass.values()) {
          PassResult p = run(pass, corpus, t, nlp, coder);
          if (pass == Pass.NLP) {
            annotated = p.annotated();
            p = p.withoutArticles();
          }
          results.add(p);
          log.printf(Locale.ROOT, "round %d: %-16s %d thread(s): %d sentences in %.1f s = %.1f sentences/s; "
                  + "CPUs busy: %.2f here, %.2f elsewhere%s%n", r + 1, pass.label, t, p.sentences(), p.seconds(),
              p.sentencesPerSecond(), p.cpu().own(), p.cpu().others(),
              p.failed() > 0 ? " (" + p.failed() + " articles failed)" : "");
        }
      }
    }
    CodingAlone coding = codingAlone(coder, annotated, codingSeconds);
    log.printf(Locale.ROOT, "coding alone: %d sentences in %.1f s = %.0f sentences/s%n", coding.sentences,
        coding.nanos / 1e9, coding.sentencesPerSecond());

    long maxPeak = results.stream().map(PassResult::peakRssKib).filter(OptionalLong::isPresent)
        .mapToLong(OptionalLong::getAsLong).max().orElse(0);
    maxPeak = Math.max(maxPeak, loadPeakRss.orElse(0));
    maxPeak = Math.max(maxPeak, coding.peakRssKib.orElse(0));
    double tokensPerSentence = annotated.stream().flatMap(a -> a.sentences().stream()).mapToInt(Sentence::size)
        .average().orElse(0);
    String md = report(results, coding, tokensPerSentence, nlp.describe(), nlpLoad, coderLoad, liveHeap, maxPeak,
        startRss.isPresent());
    System.out.print(md);
    System.out.flush();
    if (report != null) {
      Files.writeString(report, md, StandardCharsets.UTF_8);
      log.println("report written to " + report);
    }
    return 0;
  }

  private void validate() {
    if (articles < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--articles must be at least 1, not " + articles);
    }
    if (warmup < 0 || warmupSeconds < 0 || rounds < 1 || codingSeconds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--warmup, --warmup-seconds and --coding-seconds must be at least 0 and --rounds at least 1");
    }
    if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must list thread counts of at least 1, such as 1,2; not " + threads);
    }
  }

  /** Runs one pass over {@code corpus} with a pool of {@code threads} workers sharing the annotator and coder. */
  static PassResult run(Pass pass, List<Article> corpus, int threads, Annotator nlp, ArticleCoder coder) {
    boolean resetWorked = ProcessMemory.resetPeak();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    long sentences = 0;
    long events = 0;
    long nlpNanos = 0;
    long codeNanos = 0;
    int failed = 0;
    List<AnnotatedArticle> kept = new ArrayList<>(pass == Pass.NLP ? corpus.size() : 0);
    CpuMeter.Sample before = CpuMeter.sample();
    long start = System.nanoTime();
    try {
      List<Future<ArticleResult>> futures = new ArrayList<>(corpus.size());
      for (Article a : corpus) {
        futures.add(pool.submit(() -> one(pass, a, nlp, coder)));
      }
      for (Future<ArticleResult> f : futures) {
        ArticleResult r = f.get();
        sentences += r.sentences();
        events += r.events();
        nlpNanos += r.nlpNanos();
        codeNanos += r.codeNanos();
        if (r.failed()) {
          failed++;
        } else if (pass == Pass.NLP) {
          kept.add(r.annotated());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark worker failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    long wall = System.nanoTime() - start;
    CpuMeter.Usage cpu = CpuMeter.between(before, CpuMeter.sample());
    awaitQuietly(pool);
    OptionalLong peak = resetWorked ? ProcessMemory.peakRssKib() : OptionalLong.empty();
    return new PassResult(pass, threads, corpus.size(), sentences, events, failed, wall, nlpNanos, codeNanos, peak,
        cpu, kept);
  }

  private static ArticleResult one(Pass pass, Article article, Annotator nlp, ArticleCoder coder) {
    long t0 = System.nanoTime();
    AnnotatedArticle annotated;
    try {
      annotated = nlp.annotate(article);
    } catch (StageException e) {
      return new ArticleResult(null, 0, 0, System.nanoTime() - t0, 0, true);
    }
    long t1 = System.nanoTime();
    if (pass == Pass.NLP) {
      return new ArticleResult(annotated, annotated.sentences().size(), 0, t1 - t0, 0, false);
    }
    CodedArticle coded = coder.code(annotated);
    long t2 = System.nanoTime();
    return new ArticleResult(null, annotated.sentences().size(), coded.events().size(), t1 - t0, t2 - t1, false);
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The coding stage alone on one thread, over the corpus again and again until {@code minSeconds} have passed,
   * after two seconds of warm-up.
   *
   * @param events events coded in one pass
   */
  record CodingAlone(long articles, long sentences, long events, int passes, long nanos, OptionalLong peakRssKib,
      CpuMeter.Usage cpu) {

    double sentencesPerSecond() {
      return sentences / (nanos / 1e9);
    }

    double articlesPerSecond() {
      return articles / (nanos / 1e9);
    }
  }

  static CodingAlone codingAlone(ArticleCoder coder, List<AnnotatedArticle> annotated, int minSeconds) {
    // Warm-up of its own: coder.code is compiled already, but the loop here would otherwise start interpreted.
    long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    do {
      codeAll(coder, annotated);
    } while (System.nanoTime() < warmEnd);
    boolean resetWorked = ProcessMemory.resetPeak();
    long sentencesPerPass = annotated.stream().mapToLong(a -> a.sentences().size()).sum();
    long events = 0;
    int passes = 0;
    CpuMeter.Sample before = CpuMeter.sample();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(minSeconds);
    do {
      events = codeAll(coder, annotated);
      passes++;
    } while (System.nanoTime() < end);
    long nanos = System.nanoTime() - start;
    CpuMeter.Usage cpu = CpuMeter.between(before, CpuMeter.sample());
    OptionalLong peak = resetWorked ? ProcessMemory.peakRssKib() : OptionalLong.empty();
    return new CodingAlone((long) passes * annotated.size(), passes * sentencesPerPass, events, passes, nanos, peak,
        cpu);
  }

  /** Codes every article once; returns the number of events. */
  private static long codeAll(ArticleCoder coder, List<AnnotatedArticle> corpus) {
    long events = 0;
    for (AnnotatedArticle a : corpus) {
      events += coder.code(a).events().size();
    }
    return events;
  }

  /** The median of the rounds of one configuration, by throughput. */
  private static PassResult median(List<PassResult> all, Pass pass, int threads) {
    List<PassResult> same = all.stream().filter(p -> p.pass() == pass && p.threads() == threads)
        .sorted(Comparator.comparingDouble(PassResult::sentencesPerSecond)).toList();
    return same.get(same.size() / 2);
  }

  private String report(List<PassResult> results, CodingAlone coding, double tokensPerSentence, String nlpName,
      double nlpLoad, double coderLoad, long liveHeap, long maxPeakKib, boolean procAvailable) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Machine: %s.%n", Machine.describe()));
    md.append(String.format(Locale.ROOT,
        "Corpus: %d generated articles, seed %d (CorpusGenerator); warm-up %d articles (seed %d), at least %d s; "
            + "%d round(s), median shown.%n%n", articles, seed, warmup, seed + 1, warmupSeconds, rounds));
    md.append("| stage | threads | articles | sentences | wall s | sentences/s | articles/s | (b)/(a) throughput "
        + "| peak RSS MiB | CPUs busy: bench / others |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (int t : threads.stream().distinct().toList()) {
      PassResult a = median(results, Pass.NLP, t);
      PassResult b = median(results, Pass.END_TO_END, t);
      md.append(row("(a) " + a.pass().label, a, "—"));
      double ratio = b.sentencesPerSecond() / a.sentencesPerSecond();
      double extraTime = b.seconds() / a.seconds() - 1;
      md.append(row("(b) " + b.pass().label, b,
          String.format(Locale.ROOT, "%.3f (time %+.1f%%)", ratio, 100 * extraTime)));
    }
    md.append(String.format(Locale.ROOT, "| coding alone (pre-annotated, %d passes) | 1 | %d | %d | %.1f | %.0f | "
            + "%.0f | — | %s | %s |%n", coding.passes(), coding.articles(), coding.sentences(), coding.nanos() / 1e9,
        coding.sentencesPerSecond(), coding.articlesPerSecond(), mib(coding.peakRssKib()), cpu(coding.cpu())));
    md.append('\n');

    PassResult b1 = median(results, Pass.END_TO_END, threads.get(0));
    double share = (double) b1.codeNanos() / (b1.nlpNanos() + b1.codeNanos());
    PassResult a1 = median(results, Pass.NLP, threads.get(0));
    md.append(String.format(Locale.ROOT,
        "- Coding share of end-to-end time at %d thread(s): %.2f%% (time inside coder.code / time inside "
            + "annotate + code, summed over articles); wall-clock difference (b) - (a): %+.2f%%.%n",
        b1.threads(), 100 * share, 100 * (b1.seconds() / a1.seconds() - 1)));
    md.append(String.format(Locale.ROOT,
        "- Sentences: %.1f tokens on average. Events coded: %d in %d sentences (%.2f a sentence); failed "
            + "articles: %d.%n", tokensPerSentence, b1.events(), b1.sentences(),
        (double) b1.events() / Math.max(1, b1.sentences()), results.stream().mapToInt(PassResult::failed).sum()));
    md.append(String.format(Locale.ROOT,
        "- Load: %s in %.1f s; coder dictionaries in %.2f s; live heap after loading both (after GC): %d MiB.%n",
        nlpName, nlpLoad, coderLoad, liveHeap >> 20));
    List<String> disturbed = new ArrayList<>();
    for (int t : threads.stream().distinct().toList()) {
      for (Pass pass : Pass.values()) {
        PassResult p = median(results, pass, t);
        if (p.cpu().others() > DISTURBED) {
          disturbed.add(String.format(Locale.ROOT, "%s at %d thread(s): %.2f", pass.label, t, p.cpu().others()));
        }
      }
    }
    if (coding.cpu().others() > DISTURBED) {
      disturbed.add(String.format(Locale.ROOT, "coding alone: %.2f", coding.cpu().others()));
    }
    if (!disturbed.isEmpty()) {
      md.append(String.format(Locale.ROOT, "- **Disturbed:** other processes kept CPUs busy during %s; rerun on a "
          + "quiet machine (or with more --rounds) before quoting these rows.%n", String.join("; ", disturbed)));
    }
    md.append(String.format(Locale.ROOT, "- Peak RSS of the whole run (VmHWM): %s MiB%s.%n",
        procAvailable ? Long.toString(maxPeakKib >> 10) : "n/a",
        procAvailable ? "; per-stage peaks reset through /proc/self/clear_refs" : " (no /proc: not Linux)"));
    return md.toString();
  }

  private static String row(String label, PassResult p, String ratio) {
    return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.2f | %s | %s | %s |%n", label,
        p.threads(), p.articles(), p.sentences(), p.seconds(), p.sentencesPerSecond(), p.articlesPerSecond(), ratio,
        mib(p.peakRssKib()), cpu(p.cpu()));
  }

  private static String cpu(CpuMeter.Usage u) {
    return Double.isNaN(u.others()) ? String.format(Locale.ROOT, "%.2f / n/a", u.own())
        : String.format(Locale.ROOT, "%.2f / %.2f", u.own(), u.others());
  }

  private static String mib(OptionalLong kib) {
    return kib.isPresent() ? Long.toString(kib.getAsLong() >> 10) : "n/a";
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EndToEndBench()).execute(args));
  }
}
