package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;

/**
 * Fuzzes the feed and sitemap parsers with Jazzer: on any body they return a {@link Discovery} or
 * throw {@link FeedParser.FeedException} with a reason, nothing else, and never hang (a liveness
 * bound per input, not a speed figure). Without {@code JAZZER_FUZZ} they replay the seeds in {@code
 * src/test/resources/io/newsflow/crawl/DiscoveryFuzzTestInputs}.
 */
class DiscoveryFuzzTest {

  private static final Duration PER_INPUT = Duration.ofSeconds(10);
  private static final String BASE = "https://news.example.com/feeds/world.xml";

  @FuzzTest(maxDuration = "20s")
  void shouldReadAnyFeedOrSayWhyNot(FuzzedDataProvider data) {
    String url = data.pickValue(BASES);
    byte[] body = data.consumeRemainingAsBytes();

    assertTimeoutPreemptively(PER_INPUT, () -> discover(() -> new FeedParser().parse(body, url)));
  }

  @FuzzTest(maxDuration = "20s")
  void shouldReadAnySitemapOrSayWhyNot(FuzzedDataProvider data) {
    String contentType = data.pickValue(SITEMAP_TYPES);
    String url = data.pickValue(BASES);
    byte[] body = data.consumeRemainingAsBytes();

    assertTimeoutPreemptively(
        PER_INPUT, () -> discover(() -> new SitemapParser().parse(body, contentType, url)));
  }

  private interface Parse {
    Discovery run() throws FeedParser.FeedException;
  }

  private static void discover(Parse parse) {
    try {
      Discovery found = parse.run();
      assertThat(found).isNotNull();
      assertThat(found.articles()).doesNotContainNull();
    } catch (FeedParser.FeedException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static final List<String> BASES =
      List.of(BASE, "http://example.org/sitemap.xml", "https://example.com/a/b/c?x=1");

  private static final List<String> SITEMAP_TYPES =
      List.of("text/xml", "application/xml", "text/plain", "application/x-gzip", "text/html");
}
