package io.newsflow.crawl;

import io.newsflow.crawl.FetchOutcome.HttpError;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Bounded exponential backoff with jitter, only for outcomes that are {@link
 * FetchOutcome#retryable()}. Attempt {@code n} (1-based) that failed is followed, if {@code n <
 * maxAttempts}, by a delay drawn uniformly from {@code [d/2, d]} where {@code d = min(maxBackoff,
 * initialBackoff * 2^(n-1))}; a server's {@code Retry-After} wins when longer, still capped at
 * {@code maxBackoff}. Callers log each failed attempt as {@code "{} failed (attempt {}/{})"}.
 * Thread-safe and stateless.
 */
public final class RetryPolicy {

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final DoubleSupplier random;

  public RetryPolicy(CrawlSettings settings) {
    this(
        settings.retryMaxAttempts(),
        settings.retryInitialBackoff(),
        settings.retryMaxBackoff(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param maxAttempts attempts in all, at least 1
   * @param random uniform values in {@code [0, 1)} for the jitter
   */
  public RetryPolicy(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, DoubleSupplier random) {
    if (maxAttempts < 1 || initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException(
          "need maxAttempts >= 1 and backoffs >= 0, got "
              + maxAttempts
              + ", "
              + initialBackoff
              + ", "
              + maxBackoff);
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Longest delay between two attempts. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * How long to wait before attempt {@code attempt + 1}, or empty when the outcome is not worth
   * retrying or {@code attempt} was the last one.
   *
   * @param attempt the 1-based number of the attempt that produced {@code outcome}
   */
  public Optional<Duration> nextDelay(int attempt, FetchOutcome outcome) {
    if (!outcome.retryable() || attempt >= maxAttempts) {
      return Optional.empty();
    }
    Duration ceiling = exponential(attempt);
    long halfNanos = ceiling.toNanos() / 2;
    Duration delay =
        Duration.ofNanos(
            halfNanos + (long) (random.getAsDouble() * (ceiling.toNanos() - halfNanos)));
    if (outcome instanceof HttpError error
        && error.retryAfter() != null
        && error.retryAfter().compareTo(delay) > 0) {
      delay = min(error.retryAfter(), maxBackoff);
    }
    return Optional.of(delay);
  }

  private Duration exponential(int attempt) {
    Duration delay = initialBackoff;
    for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return min(delay, maxBackoff);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
