package io.newsflow.crawl;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs work for one host after the previous work for that host, on a shared executor, so a host
 * with a long queue occupies at most one thread while other hosts proceed. Thread-safe; idle hosts
 * are forgotten.
 */
public final class HostLanes {

  private final Executor executor;
  private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

  public HostLanes(Executor executor) {
    this.executor = executor;
  }

  /**
   * Queues {@code work} behind the host's earlier work. The returned future completes as the work's
   * own future does (exceptionally when the work threw); the lane moves on as soon as {@code work}
   * returned.
   */
  public CompletableFuture<Void> submit(String host, Supplier<CompletableFuture<Void>> work) {
    CompletableFuture<Void> result = new CompletableFuture<>();
    CompletableFuture<Void> tail;
    synchronized (tails) {
      CompletableFuture<Void> previous =
          tails.getOrDefault(host, CompletableFuture.completedFuture(null));
      tail =
          previous.thenRunAsync(
              () -> {
                try {
                  work.get()
                      .whenComplete(
                          (v, e) -> {
                            if (e != null) {
                              result.completeExceptionally(e);
                            } else {
                              result.complete(null);
                            }
                          });
                } catch (RuntimeException e) {
                  result.completeExceptionally(e);
                  throw e;
                }
              },
              executor);
      CompletableFuture<Void> guarded = tail.exceptionally(e -> null);
      tails.put(host, guarded);
      guarded.thenRun(
          () -> {
            synchronized (tails) {
              tails.remove(host, guarded);
            }
          });
    }
    return result;
  }
}
