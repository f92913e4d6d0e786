package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes {@link ArticleExtractor#extract} with Jazzer: whatever the bytes, URL and headers, it
 * returns an outcome (never throws), and never one of type {@code Failed}, which would mean an
 * exception inside the extractor; and it never hangs (a liveness bound per input, not a speed
 * figure). Without {@code JAZZER_FUZZ} it replays the seeds in {@code
 * src/test/resources/io/newsflow/extract/ArticleExtractorFuzzTestInputs}.
 */
class ArticleExtractorFuzzTest {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
  private static final Instant FETCHED_AT = Instant.parse("2025-03-01T12:00:00Z");
  static final Duration PER_INPUT = Duration.ofSeconds(10);

  @FuzzTest(maxDuration = "30s")
  void shouldReturnAnOutcomeForAnyPage(FuzzedDataProvider data) {
    String contentType = data.pickValue(CONTENT_TYPES);
    String url = data.pickValue(URLS);
    byte[] html = data.consumeRemainingAsBytes();
    Map<String, List<String>> headers =
        contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType));

    ExtractionOutcome outcome =
        assertTimeoutPreemptively(
            PER_INPUT, () -> EXTRACTOR.extract(html, url, headers, FETCHED_AT));

    assertThat(outcome).isNotNull().isNotInstanceOf(ExtractionOutcome.Failed.class);
  }

  private static final List<String> CONTENT_TYPES =
      List.of(
          "",
          "text/html",
          "text/html; charset=utf-8",
          "text/html; charset=iso-8859-1",
          "text/html; charset=windows-1251",
          "text/html; charset=utf-16",
          "text/html; charset=no-such-charset",
          "application/xhtml+xml");

  private static final List<String> URLS =
      List.of(
          "https://news.example.com/2025/03/01/a-story.html",
          "http://example.org/",
          "https://xn--mnchen-3ya.example/welt/artikel?id=7#top",
          "not a url",
          "");
}
