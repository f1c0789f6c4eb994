package org.tacitus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes: a file locked by another process, and a writer killed with SIGKILL mid-loop. */
class StoreProcessTest {

  @TempDir
  Path dir;

  private static Process start(String mode, Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreLoop.class.getName(), mode,
        file.toString()).redirectErrorStream(true).start();
  }

  /** Reads the child's output until a line starts with {@code prefix} {@code count} times; fails on EOF. */
  private static void await(Process p, BufferedReader out, String prefix, int count) throws IOException {
    int seen = 0;
    StringBuilder all = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      all.append(line).append('\n');
      if (line.startsWith(prefix) && ++seen == count) {
        return;
      }
    }
    throw new AssertionError("child process ended before '" + prefix + "' x" + count + ":\n" + all);
  }

  @Test
  void aFileLockedByAnotherProcessIsNamedWithTheFix() throws Exception {
    Path file = dir.resolve("locked.duckdb");
    Process p = start("hold", file);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      await(p, out, "ready", 1);
      assertThatThrownBy(() -> EventStore.open(file))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("locked by another process")
          .hasMessageContaining("stop that process");
    } finally {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (EventStore store = EventStore.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(EventStore.SCHEMA_VERSION);
    }
  }

  @Test
  void aWriterKilledMidLoopLeavesOnlyWholeArticles() throws Exception {
    Path file = dir.resolve("crash.duckdb");
    for (int round = 0; round < 3; round++) {
      Process p = start("loop", file);
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        await(p, out, "stored ", 20 + 17 * round);
      } finally {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no close
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      try (EventStore store = EventStore.open(file)) {
        StoreCounts c = store.counts();
        assertThat(c.articles()).isBetween(1L, 50L);
        assertThat(c.events()).isEqualTo(3 * c.articles());
        assertThat(c.mentions()).isEqualTo(6 * c.articles());
        // every article has exactly its own rows, and no row belongs to no article
        assertThat(store.sql("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM events e"
            + " WHERE e.doc_id = a.id) <> 3 OR (SELECT count(*) FROM mentions m WHERE m.doc_id = a.id) <> 6")
            .rows()).containsExactly(List.of(0L));
        assertThat(store.sql("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM articles)").rows())
            .containsExactly(List.of(0L));
        assertThat(store.sql("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT id FROM articles)").rows())
            .containsExactly(List.of(0L));
        assertThat(store.sql("SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1)")
            .rows()).containsExactly(List.of(0L));
      }
    }
  }

  /**
   * A full disk, for real: once the child has opened the store, its file size limit is lowered with {@code prlimit}
   * (RLIMIT_FSIZE; the JVM ignores SIGXFSZ, so a write past the limit fails with EFBIG, as a write to a full disk
   * fails with ENOSPC), and it stores big articles until DuckDB cannot write. The failing store must raise a
   * StoreException naming the file and the article, and the database, reopened without the limit, must hold exactly
   * the articles whose store returned, each whole.
   */
  @Test
  void aWriteThatCannotReachTheDiskIsAnErrorAndLeavesNoHalfArticle() throws Exception {
    Path prlimit = Path.of("/usr/bin/prlimit");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(prlimit),
        "needs prlimit (util-linux) to limit the child's file size");
    Path file = dir.resolve("full.duckdb");
    Process p = start("fill", file);
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      await(p, out, "ready", 1);
      long limit = Files.size(file) + 4L * 1024 * 1024;
      Process set = new ProcessBuilder(prlimit.toString(), "--pid", Long.toString(p.pid()),
          "--fsize=" + limit + ":" + limit).redirectErrorStream(true).start();
      String said = new String(set.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(set.waitFor()).as("prlimit: " + said).isZero();
      p.getOutputStream().write('\n');
      p.getOutputStream().flush();
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    } finally {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    long stored = lines.stream().filter(l -> l.startsWith("stored ")).count();
    String failure = lines.stream().filter(l -> l.startsWith("failed: ")).findFirst()
        .orElseThrow(() -> new AssertionError("the child never failed:\n" + String.join("\n", lines)));
    assertThat(stored).as("articles stored before the disk was full").isPositive();
    assertThat(failure).contains(file.toString()).contains("storing article 'fill-" + stored + "'")
        .contains("File too large").contains("make room and run again");
    try (EventStore store = EventStore.open(file)) {
      StoreCounts c = store.counts();
      assertThat(c.articles()).isEqualTo(stored);
      assertThat(c.events()).isEqualTo(3 * stored);
      assertThat(c.mentions()).isEqualTo(6 * stored);
      assertThat(store.sql("SELECT count(*) FROM articles WHERE id = 'fill-" + stored + "'").rows())
          .containsExactly(List.of(0L));
      assertThat(store.sql("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM articles)").rows())
          .containsExactly(List.of(0L));
    }
  }
}
