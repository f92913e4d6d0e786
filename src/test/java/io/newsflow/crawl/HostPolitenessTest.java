package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HostPolitenessTest {

  static final Duration NONE = Duration.ZERO;

  @Test
  void shouldLetOnlyOneRequestPerHostInFlight() throws Exception {
    HostPoliteness gate = new HostPoliteness(NONE, Duration.ofSeconds(30), 16);
    HostPoliteness.Permit first = gate.acquire("news.example", NONE);
    Waiter second = Waiter.start(gate, "NEWS.example", NONE);

    second.awaitBlocked();
    assertThat(second.acquired()).isFalse();
    first.close();

    await().atMost(Duration.ofSeconds(10)).until(second::acquired);
    second.permit().close();
  }

  @Test
  void shouldLetDifferentHostsProceedTogether() throws Exception {
    HostPoliteness gate = new HostPoliteness(Duration.ofHours(1), Duration.ofSeconds(30), 16);

    try (HostPoliteness.Permit a = gate.acquire("a.example", NONE);
        HostPoliteness.Permit b = gate.acquire("b.example", NONE)) {
      assertThat(a.host()).isNotEqualTo(b.host());
    }
  }

  @Test
  void shouldSpaceRequestsToOneHostByMinDelay() throws Exception {
    Duration minDelay = Duration.ofMillis(300);
    HostPoliteness gate = new HostPoliteness(minDelay, Duration.ofSeconds(30), 16);

    gate.acquire("a.example", NONE).close();
    long firstEnded = System.nanoTime();
    gate.acquire("a.example", NONE).close();

    assertThat(Duration.ofNanos(System.nanoTime() - firstEnded)).isGreaterThanOrEqualTo(minDelay);
  }

  @Test
  void shouldAllowZeroDelay() throws Exception {
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 1);

    for (int i = 0; i < 100; i++) {
      gate.acquire("a.example", NONE).close();
    }

    assertThat(gate.trackedHosts()).isEqualTo(1);
  }

  @Test
  void shouldHonourCrawlDelayCappedAtMax() throws Exception {
    Duration cap = Duration.ofMillis(300);
    HostPoliteness gate = new HostPoliteness(NONE, cap, 16);

    gate.acquire("a.example", Duration.ofHours(1)).close();
    long firstEnded = System.nanoTime();
    Waiter second = Waiter.start(gate, "a.example", Duration.ofHours(1));

    await().atMost(Duration.ofSeconds(10)).until(second::acquired);
    assertThat(Duration.ofNanos(second.acquiredAt - firstEnded)).isGreaterThanOrEqualTo(cap);
    second.permit().close();
  }

  @Test
  void shouldHoldHostBackWhileBackedOff() throws Exception {
    Duration retryAfter = Duration.ofMillis(300);
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 16);

    long backedOffAt = System.nanoTime();
    gate.backOff("a.example", retryAfter);
    gate.acquire("a.example", NONE).close();

    assertThat(Duration.ofNanos(System.nanoTime() - backedOffAt))
        .isGreaterThanOrEqualTo(retryAfter);
  }

  @Test
  void shouldTellHowLongHostIsBackedOff() {
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 16);

    gate.backOff("a.example", Duration.ofDays(1));

    assertThat(gate.backedOffFor("A.example"))
        .isPositive()
        .isLessThanOrEqualTo(HostPoliteness.MAX_BACK_OFF);
    assertThat(gate.backedOffFor("b.example")).isZero();
  }

  @Test
  void shouldLimitFetchesOverAllHosts() throws Exception {
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 1);
    HostPoliteness.Permit a = gate.acquire("a.example", NONE);
    Waiter b = Waiter.start(gate, "b.example", NONE);

    b.awaitBlocked();
    assertThat(b.acquired()).isFalse();
    a.close();

    await().atMost(Duration.ofSeconds(10)).until(b::acquired);
    b.permit().close();
  }

  @Test
  void shouldStopWaitingWhenInterruptedAndHoldNothing() throws Exception {
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 16);
    HostPoliteness.Permit first = gate.acquire("a.example", NONE);
    Waiter second = Waiter.start(gate, "a.example", NONE);
    second.awaitBlocked();

    second.thread.interrupt();

    await().atMost(Duration.ofSeconds(10)).until(() -> second.failure.get() != null);
    assertThat(second.failure.get()).isInstanceOf(InterruptedException.class);
    first.close();
    gate.acquire("a.example", NONE).close();
  }

  @Test
  void shouldForgetIdleHosts() throws Exception {
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 16);

    for (int i = 0; i < 5000; i++) {
      gate.acquire("host" + i + ".example", NONE).close();
    }

    assertThat(gate.trackedHosts()).isLessThan(1100);
  }

  @Test
  void shouldCloseAPermitOnlyOnce() throws Exception {
    HostPoliteness gate = new HostPoliteness(NONE, NONE, 1);
    HostPoliteness.Permit permit = gate.acquire("a.example", NONE);
    permit.close();
    permit.close();

    HostPoliteness.Permit next = gate.acquire("a.example", NONE);
    Waiter other = Waiter.start(gate, "b.example", NONE);
    other.awaitBlocked();
    assertThat(other.acquired()).as("one slot, not two after a double close").isFalse();
    next.close();
    await().atMost(Duration.ofSeconds(10)).until(other::acquired);
    other.permit().close();
  }

  @Test
  void shouldRejectNonsenseSettings() {
    assertThatThrownBy(() -> new HostPoliteness(NONE, NONE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A thread acquiring a permit in the background. */
  static final class Waiter {
    final CompletableFuture<HostPoliteness.Permit> permit = new CompletableFuture<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final CountDownLatch started = new CountDownLatch(1);
    volatile long acquiredAt;
    Thread thread;

    static Waiter start(HostPoliteness gate, String host, Duration crawlDelay) {
      Waiter waiter = new Waiter();
      waiter.thread =
          new Thread(
              () -> {
                try {
                  HostPoliteness.Permit p = gate.acquire(host, crawlDelay);
                  waiter.acquiredAt = System.nanoTime();
                  waiter.permit.complete(p);
                } catch (Throwable t) {
                  waiter.failure.set(t);
                }
              });
      waiter.thread.setDaemon(true);
      waiter.thread.start();
      return waiter;
    }

    void awaitBlocked() {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  thread.getState() == Thread.State.WAITING
                      || thread.getState() == Thread.State.TIMED_WAITING);
    }

    boolean acquired() {
      return permit.isDone();
    }

    HostPoliteness.Permit permit() {
      return permit.join();
    }
  }
}
