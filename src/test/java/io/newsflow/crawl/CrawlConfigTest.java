package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping's defaults, read by SmallRye Config as Quarkus reads them, without Quarkus. */
class CrawlConfigTest {

  @Test
  void shouldHaveTheDefaultsOfCrawlSettings() {
    CrawlConfig config = mapping(Map.of("newsflow.crawl.user-agent", "newsflow/0.1"));

    assertThat(CrawlSettings.from(config)).isEqualTo(CrawlSettings.defaults("newsflow/0.1"));
  }

  @Test
  void shouldReadKebabCaseKeysAndRetryGroup() {
    CrawlConfig config =
        mapping(
            Map.of(
                "newsflow.crawl.user-agent", "newsflow/0.1",
                "newsflow.crawl.min-delay", "PT0S",
                "newsflow.crawl.retry.max-attempts", "5"));

    CrawlSettings settings = CrawlSettings.from(config);
    assertThat(settings.minDelay()).isEqualTo(Duration.ZERO);
    assertThat(settings.retryMaxAttempts()).isEqualTo(5);
  }

  private static CrawlConfig mapping(Map<String, String> properties) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(CrawlConfig.class)
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .build();
    return config.getConfigMapping(CrawlConfig.class);
  }
}
