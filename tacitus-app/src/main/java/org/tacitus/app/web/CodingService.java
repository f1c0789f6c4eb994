package org.tacitus.app.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.tacitus.app.Pipeline;
import org.tacitus.core.model.CodedArticle;
import org.tacitus.store.EventStore;

/**
 * Codes the articles the API receives, one at a time on its own worker thread (the language models use the CPU
 * fully), with a few waiting; a request that waits or runs longer than the timeout gets 503, as does one that finds
 * the queue full. Stores coded articles on request, all under one run recorded on first store.
 */
public final class CodingService implements AutoCloseable {

  private static final int QUEUE = 8;

  private final Pipeline pipeline;
  private final EventStore store;
  private final Duration timeout;
  private final ThreadPoolExecutor pool;
  private String runId;

  public CodingService(Pipeline pipeline, EventStore store, Duration timeout) {
    this.pipeline = pipeline;
    this.store = store;
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
      Thread t = new Thread(r, "tacitus-web-coder-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** The result of coding one article, and whether it was stored. */
  public record Result(CodedArticle coded, boolean stored) {
  }

  /**
   * Codes {@code input} and, when {@code keep}, stores it (replacing an article with the same id or text).
   *
   * @throws ApiException 503 when the coder is busy or takes longer than the timeout
   * @throws org.tacitus.core.stage.StageException when a stage fails on the article
   */
  public Result code(ArticleInput input, boolean keep) {
    Future<CodedArticle> job;
    try {
      job = pool.submit(() -> pipeline.code(input.article()));
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "the coder is busy with " + QUEUE + " waiting articles; try again later",
          java.util.List.of());
    }
    CodedArticle coded;
    try {
      coded = job.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new ApiException(503, "coding took longer than " + timeout.toSeconds() + " s; send a shorter article"
          + " or start the server with a longer --timeout", java.util.List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted while coding", java.util.List.of());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (keep) {
      store.store(coded, runId());
    }
    return new Result(coded, keep);
  }

  private synchronized String runId() {
    if (runId == null) {
      runId = store.startRun(pipeline.provenance());
    }
    return runId;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
