package io.newsflow.kafka;

import java.time.Duration;

/** Waits between attempts: from {@code initial}, doubling up to {@code max}. Not thread-safe. */
public final class Backoff {

  private final Duration initial;
  private final Duration max;
  private Duration next;

  public Backoff(Duration initial, Duration max) {
    this.initial = initial;
    this.max = max;
    this.next = initial;
  }

  /**
   * Sleeps the current delay and doubles it.
   *
   * @return false when the thread was interrupted (its flag is set again): stop trying
   */
  public boolean pause() {
    try {
      Thread.sleep(next.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return true;
  }

  /** After a success: the next wait is the initial one again. */
  public void reset() {
    next = initial;
  }
}
