package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;

/**
 * Fuzzes {@link FeedParser} with Jazzer: on any body it returns a {@link Discovery} or throws
 * {@link FeedParser.FeedException} with a reason, nothing else, and never hangs (a liveness bound
 * per input, not a speed figure). Without {@code JAZZER_FUZZ} it replays the seeds in {@code
 * src/test/resources/io/newsflow/crawl/FeedParserFuzzTestInputs}.
 */
class FeedParserFuzzTest {

  static final Duration PER_INPUT = Duration.ofSeconds(10);

  @FuzzTest(maxDuration = "20s")
  void shouldReadAnyFeedOrSayWhyNot(FuzzedDataProvider data) {
    String url = data.pickValue(BASES);
    byte[] body = data.consumeRemainingAsBytes();

    assertTimeoutPreemptively(PER_INPUT, () -> discover(() -> new FeedParser().parse(body, url)));
  }

  interface Parse {
    Discovery run() throws FeedParser.FeedException;
  }

  static void discover(Parse parse) {
    try {
      Discovery found = parse.run();
      assertThat(found).isNotNull();
      assertThat(found.articles()).doesNotContainNull();
    } catch (FeedParser.FeedException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  static final List<String> BASES =
      List.of(
          "https://news.example.com/feeds/world.xml",
          "http://example.org/sitemap.xml",
          "https://example.com/a/b/c?x=1");
}
