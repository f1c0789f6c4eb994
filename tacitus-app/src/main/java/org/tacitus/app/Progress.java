package org.tacitus.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far a run of {@code tacitus code} has got, told on standard error: a progress bar (articles/s, and the ETA
 * when the number of articles is known) when standard error is a terminal, else a plain line every few seconds.
 * Called on the one thread that delivers outcomes; not thread safe.
 */
abstract class Progress implements AutoCloseable {

  /** How progress is shown. */
  enum Mode {
    AUTO, BAR, LINES, NONE
  }

  long articles;
  long sentences;
  long events;
  long skipped;
  long failed;
  long resumed;

  /** One record delivered (coded, skipped or failed). */
  final void record(Outcome outcome) {
    articles++;
    if (outcome instanceof Outcome.Coded c) {
      sentences += c.result().annotated().sentences().size();
      events += c.result().events().size();
    } else if (outcome instanceof Outcome.Skipped) {
      skipped++;
    } else {
      failed++;
    }
    changed();
  }

  /** One article passed over because it was done before ({@code --resume}). */
  final void resumed() {
    articles++;
    resumed++;
    changed();
  }

  abstract void changed();

  @Override
  public abstract void close();

  /**
   * The progress display for {@code mode}: {@link Mode#AUTO} is a bar when standard error is a terminal, else lines.
   *
   * @param total the number of records, when known before the run
   * @param every seconds between two lines
   */
  static Progress start(Mode mode, OptionalLong total, PrintWriter err, int every) {
    Mode m = mode == Mode.AUTO ? (stderrIsTerminal() ? Mode.BAR : Mode.LINES) : mode;
    return switch (m) {
      case BAR -> new Bar(total, System.err);
      case LINES -> new Lines(total, err, Duration.ofSeconds(every), System::nanoTime);
      default -> new Progress() {
        @Override
        void changed() {
        }

        @Override
        public void close() {
        }
      };
    };
  }

  /**
   * Whether standard error is a terminal. On Linux, {@code /proc/self/fd/2} points to a {@code /dev/pts/N} or
   * {@code /dev/ttyN}; elsewhere, whether the JVM has a console (which needs standard input and output to be
   * terminals too).
   */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the console test
    }
    return System.console() != null;
  }

  /** The bar of me.tongfei:progressbar, drawn on standard error. */
  private static final class Bar extends Progress {

    private final ProgressBar bar;

    Bar(OptionalLong total, PrintStream err) {
      bar = new ProgressBarBuilder().setTaskName("coding").setInitialMax(total.orElse(-1))
          .setUnit(" articles", 1).showSpeed(new DecimalFormat("0.0")).setSpeedUnit(ChronoUnit.SECONDS)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
          .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }

    @Override
    void changed() {
      bar.stepTo(articles);
      bar.setExtraMessage(" " + events + " events");
    }

    @Override
    public void close() {
      bar.close();
    }
  }

  /**
   * A line every {@code every}: counts, articles/s since the first article coded (articles passed over by --resume
   * not counted in the rate), and the ETA when the total is known.
   */
  static final class Lines extends Progress {

    private final OptionalLong total;
    private final PrintWriter err;
    private final long every;
    private final LongSupplier clock;
    private long first = -1;
    private long next;

    Lines(OptionalLong total, PrintWriter err, Duration every, LongSupplier clock) {
      this.total = total;
      this.err = err;
      this.every = every.toNanos();
      this.clock = clock;
    }

    @Override
    void changed() {
      long now = clock.getAsLong();
      if (first < 0 && articles > resumed) {
        first = now;
        next = now + every;
        return;
      }
      if (first >= 0 && now >= next) {
        next = now + every;
        err.println("tacitus: " + line(now));
        err.flush();
      }
    }

    /** "12000 of 100000 articles (12%), 118.3 articles/s, 54012 sentences, 9876 events, 3 skipped, 0 failed; ETA". */
    String line(long now) {
      double seconds = (now - first) / 1e9;
      double rate = seconds > 0 ? (articles - resumed - 1) / seconds : 0;
      StringBuilder b = new StringBuilder();
      b.append(articles);
      if (total.isPresent() && total.getAsLong() > 0) {
        b.append(" of ").append(total.getAsLong()).append(" articles (")
            .append(articles * 100 / total.getAsLong()).append("%)");
      } else {
        b.append(" articles");
      }
      b.append(String.format(Locale.ROOT, ", %.1f articles/s", rate)).append(", ").append(sentences)
          .append(" sentences, ").append(events).append(" events, ").append(skipped).append(" skipped, ")
          .append(failed).append(" failed").append(resumed > 0 ? ", " + resumed + " done before" : "");
      if (total.isPresent() && rate > 0 && total.getAsLong() > articles) {
        b.append("; ETA ").append(duration((long) ((total.getAsLong() - articles) / rate)));
      }
      return b.toString();
    }

    private static String duration(long seconds) {
      if (seconds >= 3600) {
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
      }
      return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
