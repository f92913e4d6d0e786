package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {

  @Test
  void shouldRejectBlankUserAgentNamingTheKey() {
    assertThatThrownBy(() -> CrawlSettings.defaults("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("newsflow.crawl.user-agent must be set");
  }

  @Test
  void shouldTakeRobotsNameFromProductToken() {
    assertThat(CrawlSettings.defaults("Newsflow/0.1 (+https://example.org/bot)").robotName())
        .isEqualTo("newsflow");
  }

  @Test
  void shouldAllowZeroMinDelay() {
    assertThat(CrawlSettings.defaults("newsflow").toBuilder().minDelay(Duration.ZERO).build())
        .extracting(CrawlSettings::minDelay)
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void shouldRejectNonsenseNamingTheKey() {
    assertThatThrownBy(
            () -> CrawlSettings.defaults("newsflow").toBuilder().maxConcurrency(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newsflow.crawl.max-concurrency");
  }
}
