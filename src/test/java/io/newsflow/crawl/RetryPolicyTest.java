package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.crawl.FetchOutcome.HttpError;
import io.newsflow.crawl.FetchOutcome.Timeout;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  static final URI URL = URI.create("https://example.org/news");
  static final RetryPolicy MAX_JITTER =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(3), () -> 0.999999);
  static final RetryPolicy MIN_JITTER =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(3), () -> 0.0);

  @Test
  void shouldBackOffExponentiallyUpToMax() {
    FetchOutcome timeout = new Timeout(URL, "read timed out");

    assertThat(MAX_JITTER.nextDelay(1, timeout))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1)));
    assertThat(MAX_JITTER.nextDelay(2, timeout))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2)));
    assertThat(MAX_JITTER.nextDelay(3, timeout))
        .hasValueSatisfying(
            d -> assertThat(d).isBetween(Duration.ofMillis(2999), Duration.ofSeconds(3)));
  }

  @Test
  void shouldJitterNoLowerThanHalfTheDelay() {
    assertThat(MIN_JITTER.nextDelay(2, new Timeout(URL, "x"))).contains(Duration.ofSeconds(1));
  }

  @Test
  void shouldStopAfterMaxAttempts() {
    assertThat(MAX_JITTER.nextDelay(4, new Timeout(URL, "x"))).isEmpty();
  }

  @Test
  void shouldNotRetryNonRetryableOutcomes() {
    assertThat(MAX_JITTER.nextDelay(1, new HttpError(URL, 404, null))).isEmpty();
    assertThat(MAX_JITTER.nextDelay(1, new FetchOutcome.TooLarge(URL, 10))).isEmpty();
    assertThat(MAX_JITTER.nextDelay(1, new FetchOutcome.Failed(URL, "TLS failed"))).isEmpty();
  }

  @Test
  void shouldHonourLongerRetryAfterCappedAtMaxBackoff() {
    assertThat(MIN_JITTER.nextDelay(1, new HttpError(URL, 429, Duration.ofSeconds(2))))
        .contains(Duration.ofSeconds(2));
    assertThat(MIN_JITTER.nextDelay(1, new HttpError(URL, 503, Duration.ofHours(1))))
        .contains(Duration.ofSeconds(3));
  }

  @Test
  void shouldRetryServerErrorsAndConnectionFailures() {
    assertThat(MIN_JITTER.nextDelay(1, new HttpError(URL, 502, null))).isPresent();
    assertThat(MIN_JITTER.nextDelay(1, new FetchOutcome.Failed(URL, "refused", true))).isPresent();
  }
}
