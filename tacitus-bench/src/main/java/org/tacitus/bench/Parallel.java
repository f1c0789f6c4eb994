package org.tacitus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on a fixed pool of threads, keeping the order. For setting up benchmarks, not for measuring. */
final class Parallel {

  private Parallel() {
  }

  static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> f) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<? extends R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> f.apply(item)));
      }
      List<R> result = new ArrayList<>(items.size());
      for (Future<? extends R> fut : futures) {
        result.add(fut.get());
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
