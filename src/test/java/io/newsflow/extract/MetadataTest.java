package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.article.Article.Dateline;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataTest {

  private static ExtractedPage conflict() {
    return Fixtures.page("metadata-conflict.html", "https://courier.example/news/x");
  }

  @Test
  void shouldTrustJsonLdOverMetaTagsForDates() {
    ExtractedPage page = conflict();

    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-03-01T08:30:00Z"));
    assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
  }

  @Test
  void shouldIgnoreADateAfterTheFetchTime() {
    ExtractedPage page = Fixtures.page("future-date.html", "https://example.de/radwege");

    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-05-06T08:00:00Z"));
  }

  @Test
  void shouldKeepOnlyPersonNamesAsAuthors() {
    assertThat(conflict().authors()).containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void shouldStripTheSiteNameFromTheTitle() {
    assertThat(conflict().title()).isEqualTo("Council approves new budget");
  }

  @Test
  void shouldStripASiteNameThatOnlyTheHostGives() {
    ExtractedPage page =
        Fixtures.extracted(
            Fixtures.EXTRACTOR.extract(
                "<title>Bridge reopens - The Verge</title><p>Some text of the story.</p>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://www.theverge.com/2024/1/2/bridge",
                java.util.Map.of(),
                Fixtures.FETCHED_AT));

    assertThat(page.title()).isEqualTo("Bridge reopens");
  }

  @Test
  void shouldResolveAndNormalizeTheCanonicalUrl() {
    assertThat(conflict().canonicalUrl())
        .isEqualTo("https://courier.example/news/2024/03/01/council-budget");
  }

  @Test
  void shouldReadSiteSectionDescriptionImageAndKeywords() {
    ExtractedPage page = conflict();

    assertThat(page.siteName()).isEqualTo("Example Courier");
    assertThat(page.section()).isEqualTo("Local");
    assertThat(page.description()).startsWith("The council approved");
    assertThat(page.imageUrl()).isEqualTo("https://courier.example/img/council.jpg");
    assertThat(page.keywords()).containsExactly("council", "budget", "taxes");
  }

  @Test
  void shouldFlagAPageThatIsNotAccessibleForFree() {
    assertThat(conflict().paywalled()).isTrue();
  }

  @Test
  void shouldUseTheDeclaredLanguage() {
    assertThat(Fixtures.page("future-date.html", "https://example.de/r").language())
        .isEqualTo("de");
  }

  @Test
  void shouldDetectTheLanguageWhenNoneIsDeclared() {
    assertThat(conflict().language()).isEqualTo("en");
  }

  @Test
  void shouldSplitADatelineFromTheFirstParagraph() {
    ExtractedPage page = Fixtures.page("dateline.html", "https://wire.example/envoys");

    assertThat(page.dateline()).isEqualTo(new Dateline("MOSCOW", "Example Wire"));
    assertThat(page.text()).startsWith("Envoys from both countries met");
  }

  @Test
  void shouldTakeTheDateFromTheUrlWhenThePageHasNone() {
    ExtractedPage page =
        Fixtures.extracted(
            Fixtures.EXTRACTOR.extract(
                "<p>A short story without any date in its markup at all, but a dated URL.</p>"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://example.org/2023/07/14/story",
                java.util.Map.of(),
                Fixtures.FETCHED_AT));

    assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-07-14T00:00:00Z"));
  }
}
