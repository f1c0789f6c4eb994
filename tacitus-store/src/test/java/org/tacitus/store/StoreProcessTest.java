package org.tacitus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
}
