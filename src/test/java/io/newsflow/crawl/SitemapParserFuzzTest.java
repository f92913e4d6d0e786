package io.newsflow.crawl;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes {@link SitemapParser} with Jazzer: on any body it returns a {@link Discovery} or throws
 * {@link FeedParser.FeedException} with a reason, nothing else, and never hangs (a liveness bound
 * per input, not a speed figure). Without {@code JAZZER_FUZZ} it replays the seeds in {@code
 * src/test/resources/io/newsflow/crawl/SitemapParserFuzzTestInputs}.
 */
class SitemapParserFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void shouldReadAnySitemapOrSayWhyNot(FuzzedDataProvider data) {
    String contentType = data.pickValue(SITEMAP_TYPES);
    String url = data.pickValue(FeedParserFuzzTest.BASES);
    byte[] body = data.consumeRemainingAsBytes();

    assertTimeoutPreemptively(
        FeedParserFuzzTest.PER_INPUT,
        () -> FeedParserFuzzTest.discover(() -> new SitemapParser().parse(body, contentType, url)));
  }

  private static final List<String> SITEMAP_TYPES =
      List.of("text/xml", "application/xml", "text/plain", "application/x-gzip", "text/html");
}
