package org.tacitus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How busy the CPUs were during a measurement: by this JVM, and by every other process of the machine (from
 * {@code /proc/stat}, Linux only). A benchmark on a shared machine is only as good as the second figure is small.
 */
final class CpuMeter {

  /**
   * One reading.
   *
   * @param busyTicks all CPUs' non-idle time since boot, in clock ticks (or -1 without /proc/stat)
   * @param allTicks all CPUs' time since boot, in clock ticks
   * @param cpus CPUs counted in /proc/stat
   * @param ownCpuNanos CPU time of this JVM
   * @param wallNanos {@link System#nanoTime()}
   */
  record Sample(long busyTicks, long allTicks, int cpus, long ownCpuNanos, long wallNanos) {
  }

  /**
   * Average CPUs kept busy between two samples.
   *
   * @param own by this JVM
   * @param others by all other processes (NaN when unknown)
   */
  record Usage(double own, double others) {
  }

  private CpuMeter() {
  }

  static Sample sample() {
    long own = ownCpuNanos();
    long wall = System.nanoTime();
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII);
      long busy = -1;
      long all = 0;
      int cpus = 0;
      for (String line : lines) {
        if (line.startsWith("cpu ")) {
          String[] f = line.trim().split("\\s+");
          // user nice system idle iowait irq softirq steal (guest time is already inside user)
          long[] v = new long[8];
          for (int i = 0; i < v.length && i + 1 < f.length; i++) {
            v[i] = Long.parseLong(f[i + 1]);
          }
          all = v[0] + v[1] + v[2] + v[3] + v[4] + v[5] + v[6] + v[7];
          busy = all - v[3] - v[4];
        } else if (line.startsWith("cpu")) {
          cpus++;
        }
      }
      return new Sample(busy, all, cpus, own, wall);
    } catch (IOException | NumberFormatException e) {
      return new Sample(-1, 0, 0, own, wall);
    }
  }

  static Usage between(Sample from, Sample to) {
    double seconds = (to.wallNanos() - from.wallNanos()) / 1e9;
    double own = seconds <= 0 ? 0 : (to.ownCpuNanos() - from.ownCpuNanos()) / 1e9 / seconds;
    if (from.busyTicks() < 0 || to.busyTicks() < 0 || to.allTicks() <= from.allTicks()) {
      return new Usage(own, Double.NaN);
    }
    double busyCpus = (double) (to.busyTicks() - from.busyTicks()) / (to.allTicks() - from.allTicks())
        * to.cpus();
    return new Usage(own, Math.max(0, busyCpus - own));
  }

  private static long ownCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
