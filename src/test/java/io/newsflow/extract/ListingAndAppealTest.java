package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingAndAppealTest {

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void shouldCallASectionFrontOfLinkedHeadlinesNotAnArticle() throws Exception {
    ExtractionOutcome outcome =
        extractor.extract(
            Fixtures.bytes("listing.html"), "https://example.org/news/", Map.of(), Instant.now());

    assertThat(outcome).isInstanceOf(ExtractionOutcome.NotAnArticle.class);
    assertThat(((ExtractionOutcome.NotAnArticle) outcome).reason()).startsWith("a listing");
  }

  @Test
  void shouldKeepAnArticleThatEndsWithLinkedHeadlines() {
    String body =
        "<p>The regional train operator will add two late services on Fridays from next month, after"
            + " passenger numbers on the valley line rose by a fifth over the summer.</p>"
            + "<p>Tickets bought for the earlier trains will also be valid on the new services, the"
            + " operator said, and bicycles will be carried free of charge after nine.</p>";
    String related =
        "<h3><a href=\"/a\">Bus station to close for two weeks of repairs</a></h3>"
            + "<h3><a href=\"/b\">New cycle path opens along the river</a></h3>"
            + "<h3><a href=\"/c\">Airport parking charges to rise in January</a></h3>";
    ExtractedPage page =
        Fixtures.html(
            "<html><head><title>Late trains</title></head><body><article><h1>Late trains</h1>"
                + body
                + related
                + "</article></body></html>");

    assertThat(page.text()).contains("two late services on Fridays");
  }

  @Test
  void shouldDropAnAppealBoxWithItsClosingLine() {
    ExtractedPage page = Fixtures.page("appeal-box.html", "https://example.org/harbour");

    assertThat(page.text())
        .endsWith("which insurers have so far declined to cover.")
        .doesNotContain("If you value")
        .doesNotContain("Thank you");
  }
}
