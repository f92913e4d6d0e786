package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void pausesUntilInterruptedAndKeepsTheInterruptFlag() {
    Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofMillis(4));
    assertThat(backoff.pause()).isTrue();
    assertThat(backoff.pause()).isTrue();

    Thread.currentThread().interrupt();
    assertThat(backoff.pause()).isFalse();
    assertThat(Thread.interrupted()).isTrue();
  }
}
