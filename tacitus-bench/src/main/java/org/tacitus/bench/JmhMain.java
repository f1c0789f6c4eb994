package org.tacitus.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks of this module (by default {@link CodingBenchmark}) and then prints their results as
 * Markdown rows, with each counter ({@code sentences}, {@code articles}) as a rate with its error. Accepts JMH's own
 * command-line options ({@code -wi 2 -i 3 -r 5s -f 1 -p articles=500}, a benchmark regex, {@code -h}).
 */
public final class JmhMain {

  private JmhMain() {
  }

  public static void main(String[] args) {
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("JmhMain: " + e.getMessage() + " (-h lists the options)");
      System.exit(2);
      return;
    }
    if (cli.shouldHelp()) {
      try {
        cli.showHelp();
      } catch (java.io.IOException e) {
        System.exit(1);
      }
      System.exit(0);
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(CodingBenchmark.class.getName());
    }
    Collection<RunResult> results;
    try {
      results = new Runner(options.build()).run();
    } catch (RunnerException e) {
      System.err.println("JmhMain: the benchmark run failed: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println();
    System.out.println("| JMH benchmark | params | score | error (99.9%) | unit |");
    System.out.println("|---|---|--:|--:|---|");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String params = String.join(", ", r.getParams().getParamsKeys().stream()
          .map(k -> k + "=" + r.getParams().getParam(k)).toList());
      print(name, params, r.getPrimaryResult());
      for (String counter : r.getSecondaryResults().keySet()) {
        print(name + ":" + counter, params, r.getSecondaryResults().get(counter));
      }
    }
    System.exit(0);
  }

  private static void print(String name, String params, Result<?> result) {
    System.out.printf(Locale.ROOT, "| %s | %s | %.1f | ± %.1f | %s |%n", name, params, result.getScore(),
        result.getScoreError(), result.getScoreUnit());
  }
}
