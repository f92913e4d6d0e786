package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pathological inputs: the extractor returns an outcome, never an exception. */
class RobustnessTest {

  private static ExtractionOutcome extract(byte[] bytes) {
    return Fixtures.EXTRACTOR.extract(bytes, null, null, Fixtures.FETCHED_AT);
  }

  @Test
  void shouldExtractFromADomNestedAHundredThousandLevelsDeep() {
    String page =
        "<html><body>"
            + "<div>".repeat(100_000)
            + "<p>Deep inside the nested page sits one paragraph of text to find.</p>"
            + "</div>".repeat(100_000)
            + "</body></html>";

    ExtractionOutcome outcome = extract(page.getBytes(StandardCharsets.UTF_8));

    assertThat(Fixtures.extracted(outcome).text()).contains("Deep inside the nested page");
  }

  @Test
  void shouldExtractFromDeeplyNestedBlocksWithBoilerplateNames() {
    String page =
        "<html><body>"
            + "<div class=\"sidebar byline\" itemprop=\"author\">".repeat(20_000)
            + "<p>At the bottom of many nested sidebars sits the only paragraph of the page.</p>"
            + "</div>".repeat(20_000)
            + "</body></html>";

    ExtractionOutcome outcome = extract(page.getBytes(StandardCharsets.UTF_8));

    assertThat(Fixtures.extracted(outcome).text()).contains("the only paragraph of the page");
  }

  @Test
  void shouldHandleAFiftyMegabytePage() {
    String paragraph =
        "<p>" + "Words of a very long page, repeated to fill it up. ".repeat(20) + "</p>";
    StringBuilder sb = new StringBuilder(51 * 1024 * 1024).append("<html><body><article>");
    while (sb.length() < 50 * 1024 * 1024) {
      sb.append(paragraph);
    }
    byte[] page = sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);

    ExtractionOutcome outcome = extract(page);

    assertThat(Fixtures.extracted(outcome).text()).startsWith("Words of a very long page");
  }

  @Test
  void shouldReportBinaryJunkAsNotAnArticle() {
    byte[] junk = new byte[1 << 20];
    new Random(42).nextBytes(junk);

    assertThat(extract(junk)).isInstanceOf(ExtractionOutcome.NotAnArticle.class);
  }

  @Test
  void shouldHandleAPageOfOneHugeTextNode() {
    byte[] page =
        ("<html><body>" + "lorem ipsum ".repeat(500_000)).getBytes(StandardCharsets.UTF_8);

    assertThat(Fixtures.extracted(extract(page)).text()).startsWith("lorem ipsum");
  }

  @Test
  void shouldReportAnEmptyPageAsNotAnArticleWithItsReason() {
    assertThat(extract(new byte[0])).isEqualTo(new ExtractionOutcome.NotAnArticle("empty page"));
  }

  @Test
  void shouldReportAPageWithoutTextAsNotAnArticle() {
    byte[] page =
        "<html><body><img src=a.png><script>x()</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(extract(page)).isInstanceOf(ExtractionOutcome.NotAnArticle.class);
  }

  @Test
  void shouldSurviveMalformedMarkupAndJsonLd() {
    byte[] page =
        ("<html><head><script type=application/ld+json>{\"@type\": [\"NewsArticle\", {,}"
                + "</script><meta charset=\"no-such-charset\"></head><body><p>Unclosed <b><i>tags"
                + " and <a href=\"http://[bad\">a broken link</a> in a paragraph of text.")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(extract(page)).isInstanceOf(ExtractionOutcome.Extracted.class);
  }

  @Test
  void shouldAcceptMissingUrlHeadersAndFetchTime() {
    byte[] page =
        "<p>A paragraph of text with no URL given at all.</p>".getBytes(StandardCharsets.UTF_8);

    ExtractedPage extracted =
        Fixtures.extracted(new ArticleExtractor().extract(page, null, Map.of(), null));

    assertThat(extracted.canonicalUrl()).startsWith("http://localhost/");
  }
}
