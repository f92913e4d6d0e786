package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRulesTest {

  private static final String PAGE =
      "<html><body><div class=story><p>The story paragraph that matters, long enough to be"
          + " the body of the article on this page.</p><div class=promo><p>A house promotion that"
          + " looks just like body text, but is not part of the story at all.</p></div></div>"
          + "<div class=other><p>Another block of text that a generic extractor might well take"
          + " for the article body, because it is long and has commas, many, many commas.</p>"
          + "</div></body></html>";

  private static ExtractedPage extract(SiteRules rules, String url) {
    ArticleExtractor extractor =
        new ArticleExtractor(ExtractionConfig.defaults().withSiteRules(rules));
    return Fixtures.extracted(
        extractor.extract(
            PAGE.getBytes(StandardCharsets.UTF_8), url, Map.of(), Fixtures.FETCHED_AT));
  }

  private static SiteRules load(Path dir, String json) throws IOException {
    Path file = dir.resolve("rules.json");
    Files.writeString(file, json);
    return SiteRules.load(file);
  }

  @Test
  void shouldDropAndPinBySelectorForTheHostAndItsSubdomains(@TempDir Path dir) throws IOException {
    SiteRules rules =
        load(dir, "{\"example.com\": {\"drop\": [\".promo\"], \"body\": [\"div.story\"]}}");

    ExtractedPage page = extract(rules, "https://www.news.example.com/story");

    assertThat(page.text())
        .startsWith("The story paragraph")
        .doesNotContain("house promotion")
        .doesNotContain("Another block");
  }

  @Test
  void shouldIgnoreRulesOfOtherHosts(@TempDir Path dir) throws IOException {
    SiteRules rules = load(dir, "{\"example.com\": {\"drop\": [\".promo\", \".other\"]}}");

    assertThat(rules.forUrl("https://example.net/story")).isNull();
  }

  @Test
  void shouldRejectABadSelectorNamingTheHost(@TempDir Path dir) {
    assertThatThrownBy(() -> load(dir, "{\"example.com\": {\"drop\": [\"div[\"]}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("example.com");
  }

  @Test
  void shouldHaveNoRulesByDefault() {
    assertThat(SiteRules.none().isEmpty()).isTrue();
  }
}
