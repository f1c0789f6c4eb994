package org.tacitus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.tacitus.app.Outcome;
import org.tacitus.app.Pipeline;
import org.tacitus.app.PipelineConfig;
import org.tacitus.app.RunSummary;
import org.tacitus.app.format.EventFormat;
import org.tacitus.app.format.OutputFormat;
import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.stage.Annotator;
import org.tacitus.ingest.ArticleReader;
import org.tacitus.ingest.Inputs;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The streaming run: a generated corpus written as JSON Lines, read back by {@link Inputs}, coded by
 * {@link Pipeline#run} on N threads and written as JSON Lines events, with the memory of the JVM sampled every
 * {@code --sample-every} articles (resident set size, heap in use, old generation after its last collection).
 * It shows whether memory stays flat as the corpus goes by.
 *
 * <p>With {@code --annotator corenlp} every article goes through CoreNLP. With {@code --annotator replay} the corpus
 * is {@code --distinct} generated articles repeated under new ids (record i has the text of article i mod N): their
 * CoreNLP analyses are computed once before the run and looked up by text during it, so the run measures
 * everything but CoreNLP (reading, coding, dating, ordering, writing) at full speed, and its memory. That is the
 * documented way to push 100,000 articles through on a busy machine; it says nothing of CoreNLP's own memory, which
 * the CoreNLP mode and EndToEndBench show.
 */
@Command(name = "StreamingBench", mixinStandardHelpOptions = true, version = "Tacitus streaming benchmark",
    sortOptions = false,
    description = "Codes a generated JSON Lines corpus through Pipeline.run and samples memory every N articles.")
public final class StreamingBench implements Callable<Integer> {

  /** How articles are analysed. */
  enum Mode { CORENLP, REPLAY }

  @Option(names = "--articles", defaultValue = "100000", description = "records in the corpus (default "
      + "${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--annotator", defaultValue = "replay",
      description = "corenlp: CoreNLP on every article; replay: CoreNLP once on --distinct articles, looked up by "
          + "text afterwards (default ${DEFAULT-VALUE})")
  String annotator;

  @Option(names = "--distinct", defaultValue = "500",
      description = "distinct articles of the replay corpus (default ${DEFAULT-VALUE})")
  int distinct;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--sample-every", defaultValue = "5000",
      description = "articles between two memory samples (default ${DEFAULT-VALUE})")
  int sampleEvery;

  @Option(names = "--work", defaultValue = "tacitus-bench/target/streaming-bench",
      description = "folder for the corpus and the events (default ${DEFAULT-VALUE})")
  Path work;

  @Option(names = "--report", description = "also write the Markdown report to this file")
  Path report;

  private final PrintStream log = System.err;

  /**
   * One memory sample.
   *
   * @param articles records delivered so far
   * @param seconds since the run started (after model loading)
   * @param rssMib resident set size
   * @param heapMib heap in use (live and not yet collected)
   * @param oldAfterGcMib the old generation after its last collection: the live set the collector keeps
   * @param events events written so far
   */
  record Sample(long articles, double seconds, long rssMib, long heapMib, long oldAfterGcMib, long events) {
  }

  @Override
  public Integer call() throws IOException {
    Mode mode = Mode.valueOf(annotator.toUpperCase(Locale.ROOT));
    Files.createDirectories(work);
    Path corpus = work.resolve(String.format(Locale.ROOT, "corpus-%d-%s-%d.jsonl", articles,
        mode == Mode.REPLAY ? "of" + distinct : "distinct", seed));
    CorpusGenerator generator = new CorpusGenerator(seed);
    if (!Files.exists(corpus)) {
      try (Writer w = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
        CorpusGenerator.writeJsonl(() -> IntStream.range(0, articles).mapToObj(i -> record(generator, mode, i))
            .iterator(), w);
      }
    }
    log.printf(Locale.ROOT, "corpus: %s (%d MiB)%n", corpus, Files.size(corpus) >> 20);

    long loadStart = System.nanoTime();
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
    Annotator stage = nlp;
    if (mode == Mode.REPLAY) {
      List<Article> originals = generator.articles(distinct);
      List<AnnotatedArticle> analysed = Parallel.map(originals, threads, nlp::annotate);
      Map<String, AnnotatedArticle> byText = new HashMap<>();
      analysed.forEach(a -> byText.put(a.article().text(), a));
      stage = new Replay(byText, nlp.describe());
    }
    StandardCoder coder = StandardCoder.load(CameoOntology.standard());
    Pipeline pipeline = Pipeline.of(PipelineConfig.defaults(), stage, coder, coder.checksums());
    pipeline.code(generator.article(0));
    log.printf(Locale.ROOT, "loaded in %.1f s (%s)%n", (System.nanoTime() - loadStart) / 1e9,
        mode == Mode.REPLAY ? distinct + " articles analysed by CoreNLP for replay" : "CoreNLP");

    Path events = work.resolve("events.jsonl");
    List<Sample> samples = new ArrayList<>();
    long start = System.nanoTime();
    samples.add(sample(0, start, 0));
    long[] delivered = {0, 0};
    RunSummary summary;
    try (ArticleReader reader = Inputs.open(corpus);
        Writer out = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
        EventFormat writer = OutputFormat.JSONL.open(out, false, Instant.now())) {
      summary = pipeline.run(reader.stream(), threads, outcome -> {
        if (outcome instanceof Outcome.Coded c) {
          writer.write(c.result());
          delivered[1] += c.result().events().size();
        }
        delivered[0]++;
        if (delivered[0] % sampleEvery == 0) {
          Sample s = sample(delivered[0], start, delivered[1]);
          samples.add(s);
          log.printf(Locale.ROOT, "%d articles, %.0f s, RSS %d MiB, heap %d MiB, old gen after GC %d MiB%n",
              s.articles(), s.seconds(), s.rssMib(), s.heapMib(), s.oldAfterGcMib());
        }
      });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String text = report(mode, corpus, summary, samples, seconds);
    System.out.print(text);
    if (report != null) {
      Files.writeString(report, text, StandardCharsets.UTF_8);
    }
    return summary.failedCount() == 0 ? 0 : 1;
  }

  private Article record(CorpusGenerator generator, Mode mode, int i) {
    if (mode == Mode.CORENLP) {
      return generator.article(i);
    }
    Article base = generator.article(i % distinct);
    return new Article(String.format(Locale.ROOT, "rep-%d-%07d", seed, i), base.text(), base.title(), base.date(),
        base.url(), base.origin());
  }

  private static Sample sample(long articles, long start, long events) {
    long rss = ProcessMemory.rssKib().orElse(-1024) / 1024;
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    long old = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old") && pool.getCollectionUsage() != null) {
        old += pool.getCollectionUsage().getUsed() >> 20;
      }
    }
    return new Sample(articles, (System.nanoTime() - start) / 1e9, rss, heap, old, events);
  }

  private String report(Mode mode, Path corpus, RunSummary summary, List<Sample> samples, double seconds)
      throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "### Streaming run: %d articles, annotator %s, %d threads%n%n", articles,
        mode == Mode.REPLAY ? "replay (" + distinct + " distinct articles analysed by CoreNLP once)" : "CoreNLP",
        threads));
    b.append("Machine: ").append(Machine.describe()).append("\n\n");
    b.append(String.format(Locale.ROOT, "Corpus %s: %d MiB. Run: %s%n%n", corpus.getFileName(),
        Files.size(corpus) >> 20, summary.line()));
    b.append(String.format(Locale.ROOT, "Throughput: %.0f articles/s, %.0f sentences/s (%.1f s after loading)%n%n",
        summary.read() / seconds, summary.sentences() / seconds, seconds));
    b.append("| articles | s | RSS MiB | heap in use MiB | old gen after last GC MiB | events |\n");
    b.append("|--:|--:|--:|--:|--:|--:|\n");
    for (Sample s : samples) {
      b.append(String.format(Locale.ROOT, "| %d | %.0f | %d | %d | %d | %d |%n", s.articles(), s.seconds(),
          s.rssMib(), s.heapMib(), s.oldAfterGcMib(), s.events()));
    }
    b.append(String.format(Locale.ROOT, "%nPeak RSS (VmHWM): %d MiB%n", ProcessMemory.peakRssKib().orElse(-1024)
        / 1024));
    return b.toString();
  }

  /** Looks up an analysis made before the run by the article's text; the article itself is the one given. */
  private record Replay(Map<String, AnnotatedArticle> byText, String describe) implements Annotator {

    @Override
    public AnnotatedArticle annotate(Article article) {
      AnnotatedArticle a = byText.get(article.text());
      if (a == null) {
        throw new IllegalStateException("no analysis to replay for '" + article.id() + "'");
      }
      return new AnnotatedArticle(article, a.sentences());
    }

    @Override
    public String describe() {
      return describe + " (replayed)";
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new StreamingBench()).execute(args));
  }
}
