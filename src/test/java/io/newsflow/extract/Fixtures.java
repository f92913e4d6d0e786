package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test helpers: fixture pages and extraction shortcuts. */
final class Fixtures {

  static final Instant FETCHED_AT = Instant.parse("2025-01-15T12:00:00Z");
  static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExtractedPage page(String fixture, String url) {
    return extracted(EXTRACTOR.extract(bytes(fixture), url, Map.of(), FETCHED_AT));
  }

  static ExtractedPage html(String html) {
    return extracted(
        EXTRACTOR.extract(
            html.getBytes(StandardCharsets.UTF_8), "https://example.org/a", Map.of(), FETCHED_AT));
  }

  static ExtractedPage extracted(ExtractionOutcome outcome) {
    assertThat(outcome).isInstanceOf(ExtractionOutcome.Extracted.class);
    return ((ExtractionOutcome.Extracted) outcome).page();
  }

  static List<String> paragraphs(ExtractedPage page) {
    return List.of(page.text().split("\n\n"));
  }
}
