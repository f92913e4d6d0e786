package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The static helpers of {@link HttpFetcher}: content types, sniffing, Retry-After. */
class ContentTypesTest {

  @Test
  void shouldRecognizeHtmlContentTypes() {
    assertThat(HttpFetcher.isHtml("text/html")).isTrue();
    assertThat(HttpFetcher.isHtml("Text/HTML; charset=ISO-8859-1")).isTrue();
    assertThat(HttpFetcher.isHtml("application/xhtml+xml")).isTrue();
  }

  @Test
  void shouldNotTakeOtherContentTypesForHtml() {
    assertThat(HttpFetcher.isHtml("application/rss+xml")).isFalse();
    assertThat(HttpFetcher.isHtml("text/plain")).isFalse();
    assertThat(HttpFetcher.isHtml("application/pdf")).isFalse();
    assertThat(HttpFetcher.isHtml(null)).isFalse();
  }

  @Test
  void shouldSniffHtmlWhenContentTypeIsMissing() {
    assertThat(HttpFetcher.looksLikeHtml(bytes("\uFEFF\n  <!DOCTYPE html><html>"))).isTrue();
    assertThat(HttpFetcher.looksLikeHtml(bytes("<HTML lang=en>"))).isTrue();
    assertThat(HttpFetcher.looksLikeHtml(bytes("<!-- generated --><p>x"))).isTrue();
    assertThat(HttpFetcher.looksLikeHtml(bytes("<p>text</p>"))).isTrue();
  }

  @Test
  void shouldNotSniffFeedsOrTextAsHtml() {
    assertThat(HttpFetcher.looksLikeHtml(bytes("<?xml version=\"1.0\"?><rss/>"))).isFalse();
    assertThat(HttpFetcher.looksLikeHtml(bytes("<rss version=\"2.0\">"))).isFalse();
    assertThat(HttpFetcher.looksLikeHtml(bytes("%PDF-1.7"))).isFalse();
    assertThat(HttpFetcher.looksLikeHtml(new byte[0])).isFalse();
  }

  @Test
  void shouldParseRetryAfterSecondsAndDates() {
    Instant now = Instant.parse("2026-11-21T06:00:00Z");

    assertThat(HttpFetcher.parseRetryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(HttpFetcher.parseRetryAfter("Sat, 21 Nov 2026 06:01:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(90));
    assertThat(HttpFetcher.parseRetryAfter("Sat, 21 Nov 2026 05:00:00 GMT", now))
        .isEqualTo(Duration.ZERO);
    assertThat(HttpFetcher.parseRetryAfter("soon", now)).isNull();
    assertThat(HttpFetcher.parseRetryAfter(null, now)).isNull();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
