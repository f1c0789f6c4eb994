package org.tacitus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.tacitus.coder.StandardCoder;
import org.tacitus.core.cameo.CameoOntology;
import org.tacitus.core.model.AnnotatedArticle;
import org.tacitus.core.model.Article;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.core.model.Event;
import org.tacitus.geo.Gazetteer;
import org.tacitus.geo.Geolocator;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What geolocation costs: the cold load of the gazetteer (first thing the JVM does), then, on one thread over a
 * generated corpus, the time inside CoreNLP, the coder and the geolocator for each article, as wall time and as the
 * thread's CPU time (less sensitive to other processes on a shared machine). Prints Markdown for docs/BENCHMARKS.md.
 */
@Command(name = "GeoBench", mixinStandardHelpOptions = true, version = "Tacitus geolocation benchmark",
    description = "Gazetteer load time and the share of place resolution in end-to-end time.")
public final class GeoBench implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "300", description = "measured articles (default ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--warmup-seconds", defaultValue = "20",
      description = "warm-up on another seed for at least this long (default ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(names = "--rounds", defaultValue = "3", description = "measured rounds; the median is reported "
      + "(default ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--load-only", description = "measure the cold load of the gazetteer only (run it several times: "
      + "each run is one fresh JVM)")
  boolean loadOnly;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Override
  public Integer call() {
    // 1. Cold load, before anything else warms the JIT.
    CpuMeter.Sample before = CpuMeter.sample();
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.standard();
    long loadWall = System.nanoTime() - wall0;
    long loadCpu = THREADS.getCurrentThreadCpuTime() - cpu0;
    CpuMeter.Usage loadUsage = CpuMeter.between(before, CpuMeter.sample());
    Geolocator geo = new Geolocator(gazetteer);
    double loadSeconds = loadWall / 1e9;
    String load = String.format(Locale.ROOT, "**Gazetteer cold load**: %.0f ms wall, %.0f ms CPU of the loading "
        + "thread, %.0f ms CPU of the whole JVM (JIT and GC included; %d places, %d countries); other processes "
        + "kept %.1f CPUs busy meanwhile.%n", loadWall / 1e6, loadCpu / 1e6, loadUsage.own() * loadSeconds * 1e3,
        gazetteer.places(), gazetteer.countries(), loadUsage.others());
    if (loadOnly) {
      System.out.print(load);
      return 0;
    }

    System.err.println("loading CoreNLP and the coder ...");
    CoreNlpAnnotator nlp = new CoreNlpAnnotator(NlpConfig.defaults());
    StandardCoder coder = StandardCoder.load(CameoOntology.standard());
    List<Article> corpus = new CorpusGenerator(seed).articles(articles);
    List<Article> warm = new CorpusGenerator(seed + 1).articles(Math.max(20, articles / 5));
    long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    do {
      for (Article a : warm) {
        geo.place(coder.code(nlp.annotate(a)));
      }
    } while (System.nanoTime() < until);

    double[][] wall = new double[rounds][3];
    double[][] cpu = new double[rounds][3];
    Map<String, Integer> rules = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    int sentences = 0;
    int events = 0;
    CpuMeter.Sample runStart = CpuMeter.sample();
    for (int r = 0; r < rounds; r++) {
      System.err.println("round " + (r + 1) + " of " + rounds + " ...");
      for (Article a : corpus) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        AnnotatedArticle annotated = nlp.annotate(a);
        long c1 = THREADS.getCurrentThreadCpuTime();
        long w1 = System.nanoTime();
        CodedArticle coded = coder.code(annotated);
        long c2 = THREADS.getCurrentThreadCpuTime();
        long w2 = System.nanoTime();
        CodedArticle placed = geo.place(coded);
        long c3 = THREADS.getCurrentThreadCpuTime();
        long w3 = System.nanoTime();
        wall[r][0] += w1 - w0;
        wall[r][1] += w2 - w1;
        wall[r][2] += w3 - w2;
        cpu[r][0] += c1 - c0;
        cpu[r][1] += c2 - c1;
        cpu[r][2] += c3 - c2;
        if (r == 0) {
          sentences += annotated.sentences().size();
          for (Event e : placed.events()) {
            events++;
            String rule = e.place().map(p -> p.reason().substring(0, p.reason().indexOf(':'))).orElse("none");
            rules.merge(rule, 1, Integer::sum);
            types.merge(e.place().map(p -> p.type().name().toLowerCase(Locale.ROOT)).orElse("none"), 1,
                Integer::sum);
          }
        }
      }
    }
    CpuMeter.Usage runUsage = CpuMeter.between(runStart, CpuMeter.sample());

    StringBuilder out = new StringBuilder();
    out.append("Machine: ").append(Machine.describe()).append('\n');
    out.append('\n').append(load);
    out.append(String.format(Locale.ROOT, "%n**Per stage, one thread**, %d articles (seed %d), %d sentences, %d "
        + "events, median of %d rounds; other processes kept %.1f CPUs busy on average:%n%n", articles, seed,
        sentences, events, rounds, runUsage.others()));
    out.append("| stage | wall ms / article | CPU ms / article | share of wall | share of CPU |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    String[] names = {"CoreNLP", "coder", "geolocation"};
    double[] w = medians(wall);
    double[] c = medians(cpu);
    double wallTotal = w[0] + w[1] + w[2];
    double cpuTotal = c[0] + c[1] + c[2];
    for (int i = 0; i < 3; i++) {
      out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f%% | %.2f%% |%n", names[i],
          w[i] / 1e6 / articles, c[i] / 1e6 / articles, 100 * w[i] / wallTotal, 100 * c[i] / cpuTotal));
    }
    out.append(String.format(Locale.ROOT, "%nEvents placed by rule: %s; by type: %s%n", rules, types));
    System.out.print(out);
    return 0;
  }

  /** The median of each column over the rounds. */
  private static double[] medians(double[][] rows) {
    double[] result = new double[rows[0].length];
    for (int col = 0; col < result.length; col++) {
      List<Double> values = new ArrayList<>();
      for (double[] row : rows) {
        values.add(row[col]);
      }
      double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(v);
      result[col] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
    return result;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new GeoBench()).execute(args));
  }
}
