package org.tacitus.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Memory figures of this JVM: peak resident set size from {@code /proc/self/status} (Linux only) and live heap
 * after a full collection.
 */
final class ProcessMemory {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private ProcessMemory() {
  }

  /** {@code VmHWM}: the peak resident set size since start or since the last {@link #resetPeak()}, in KiB. */
  static OptionalLong peakRssKib() {
    return statusField("VmHWM:");
  }

  /** {@code VmRSS}: the resident set size now, in KiB. */
  static OptionalLong rssKib() {
    return statusField("VmRSS:");
  }

  /**
   * Sets the peak RSS back to the current RSS (Linux 4.0+: writing 5 to {@code /proc/self/clear_refs}), so that
   * the next {@link #peakRssKib()} is the peak of one phase. Returns false where that is not possible.
   */
  static boolean resetPeak() {
    try {
      Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Heap in use after full collections: the live set (models, dictionaries, whatever the caller still holds). */
  static long liveHeapBytes() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static OptionalLong statusField(String name) {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
        if (line.startsWith(name)) {
          String[] parts = line.substring(name.length()).trim().split("\\s+");
          return OptionalLong.of(Long.parseLong(parts[0]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
