package org.tacitus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on, in one line for a benchmark report. */
final class Machine {

  private Machine() {
  }

  static String describe() {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%s; %d CPUs visible to the JVM; %s RAM; Java %s (%s); max heap %d MiB",
        cpuModel(), rt.availableProcessors(), totalRam(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), rt.maxMemory() >> 20);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch") + " CPU";
  }

  private static String totalRam() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("\\D+", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux: fall through
    }
    return "unknown";
  }
}
