package io.newsflow.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness in one place: the gate every request to a host passes.
 *
 * <p>{@link #acquire(String, Duration)} blocks until (a) no other request to the host is in flight,
 * (b) {@code max(minDelay, min(crawlDelay, maxCrawlDelay))} has passed since the previous request
 * to the host ended, (c) the host is not backed off ({@link #backOff(String, Duration)}, capped at
 * {@link #MAX_BACK_OFF}), and (d) fewer than {@code maxConcurrency} permits are out over all hosts.
 * Closing the {@link Permit} stamps the host's end time and lets the next request in. Hosts are
 * compared case-insensitively.
 *
 * <p>Thread-safe. Waiting is interruptible and never spins: waiters sleep on their host's {@link
 * Condition} until signalled or until their host's next allowed time. A host is forgotten once
 * nothing waits for it and no delay or back-off of it is pending, so memory is bounded by the hosts
 * active within the last {@code max(minDelay, maxCrawlDelay, backOff)}.
 */
public final class HostPoliteness {

  /** Longest back-off honoured, whatever a server's {@code Retry-After} says. */
  public static final Duration MAX_BACK_OFF = Duration.ofHours(1);

  private static final int PRUNE_EVERY = 1024;

  private final long minDelayNanos;
  private final long maxCrawlDelayNanos;
  private final Semaphore slots;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, Host> hosts = new HashMap<>();
  private int releasesSincePrune;

  public HostPoliteness(CrawlSettings settings) {
    this(settings.minDelay(), settings.maxCrawlDelay(), settings.maxConcurrency());
  }

  /**
   * @param minDelay least gap between requests to one host; zero allowed
   * @param maxCrawlDelay cap on a robots.txt crawl delay
   * @param maxConcurrency permits out at once over all hosts, at least 1
   */
  public HostPoliteness(Duration minDelay, Duration maxCrawlDelay, int maxConcurrency) {
    if (minDelay.isNegative() || maxCrawlDelay.isNegative() || maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "need minDelay >= 0, maxCrawlDelay >= 0, maxConcurrency >= 1, got "
              + minDelay
              + ", "
              + maxCrawlDelay
              + ", "
              + maxConcurrency);
    }
    this.minDelayNanos = minDelay.toNanos();
    this.maxCrawlDelayNanos = maxCrawlDelay.toNanos();
    this.slots = new Semaphore(maxConcurrency, true);
  }

  /**
   * Waits until a request to {@code host} may start and returns the permit to close when it has
   * ended (response read or failed).
   *
   * @param crawlDelay the host's robots.txt crawl delay, {@link Duration#ZERO} when none
   * @throws InterruptedException when interrupted while waiting; nothing is held then
   */
  public Permit acquire(String host, Duration crawlDelay) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    long delay = Math.max(minDelayNanos, Math.min(crawlDelay.toNanos(), maxCrawlDelayNanos));
    Host state;
    lock.lockInterruptibly();
    try {
      state = hosts.computeIfAbsent(key, k -> new Host(lock.newCondition()));
      state.waiters++;
      try {
        while (true) {
          long now = System.nanoTime();
          long wait = 0;
          if (!state.inFlight) {
            wait = state.ended ? state.lastEnd + delay - now : 0;
            wait = Math.max(wait, state.backedOff ? state.backOffUntil - now : 0);
            if (wait <= 0) {
              break;
            }
          }
          if (state.inFlight) {
            state.changed.await();
          } else {
            state.changed.awaitNanos(wait);
          }
        }
        state.inFlight = true;
      } finally {
        state.waiters--;
      }
    } finally {
      lock.unlock();
    }
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      release(key, state);
      throw e;
    }
    return new Permit(key, state);
  }

  /**
   * Keeps every request to {@code host} from starting until {@code retryAfter} (at most {@link
   * #MAX_BACK_OFF}) from now; a later back-off already in place stays.
   */
  public void backOff(String host, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    long nanos = Math.min(Math.max(retryAfter.toNanos(), 0), MAX_BACK_OFF.toNanos());
    lock.lock();
    try {
      Host state =
          hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(lock.newCondition()));
      long until = System.nanoTime() + nanos;
      if (!state.backedOff || until - state.backOffUntil > 0) {
        state.backedOff = true;
        state.backOffUntil = until;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * How much longer {@code host} is backed off by a {@code Retry-After}; {@link Duration#ZERO} when
   * it is not. Lets a scheduler set a host's URLs aside instead of parking a thread in {@link
   * #acquire(String, Duration)}.
   */
  public Duration backedOffFor(String host) {
    lock.lock();
    try {
      Host state = hosts.get(host.toLowerCase(Locale.ROOT));
      if (state == null || !state.backedOff) {
        return Duration.ZERO;
      }
      return Duration.ofNanos(Math.max(0, state.backOffUntil - System.nanoTime()));
    } finally {
      lock.unlock();
    }
  }

  /** Hosts currently remembered (in flight, awaited, or within their delay or back-off). */
  public int trackedHosts() {
    lock.lock();
    try {
      return hosts.size();
    } finally {
      lock.unlock();
    }
  }

  private void release(String key, Host state) {
    lock.lock();
    try {
      state.inFlight = false;
      state.ended = true;
      state.lastEnd = System.nanoTime();
      state.changed.signalAll();
      if (++releasesSincePrune >= PRUNE_EVERY) {
        releasesSincePrune = 0;
        prune();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Forgets hosts whose every constraint has expired; runs under the lock. */
  private void prune() {
    long now = System.nanoTime();
    long longestDelay = Math.max(minDelayNanos, maxCrawlDelayNanos);
    for (Iterator<Host> it = hosts.values().iterator(); it.hasNext(); ) {
      Host h = it.next();
      boolean idle = !h.inFlight && h.waiters == 0;
      boolean delayOver = !h.ended || now - (h.lastEnd + longestDelay) >= 0;
      boolean backOffOver = !h.backedOff || now - h.backOffUntil >= 0;
      if (idle && delayOver && backOffOver) {
        it.remove();
      }
    }
  }

  /** What is known of one host; guarded by {@link #lock}. */
  private static final class Host {
    final Condition changed;
    boolean inFlight;
    int waiters;
    boolean ended;
    long lastEnd; // System.nanoTime() when the last request ended, if ended
    boolean backedOff;
    long backOffUntil; // System.nanoTime(), if backedOff

    Host(Condition changed) {
      this.changed = changed;
    }
  }

  /**
   * The right to send one request to a host. Close it exactly when the request has ended; closing
   * again does nothing. Not meant to be shared between threads.
   */
  public final class Permit implements AutoCloseable {
    private final String host;
    private final Host state;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Permit(String host, Host state) {
      this.host = host;
      this.state = state;
    }

    /** The host this permit is for, lower-cased. */
    public String host() {
      return host;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        slots.release();
        release(host, state);
      }
    }
  }
}
