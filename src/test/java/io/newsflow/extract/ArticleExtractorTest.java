package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.article.Article;
import io.newsflow.article.ArticleIds;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  @Test
  void shouldStripDonationAppealAtEndOfArticleContainer() {
    ExtractedPage page = Fixtures.page("donation-appeal.html", "https://example.org/bridge");

    assertThat(page.text())
        .endsWith("hoped customers would return quickly.")
        .doesNotContain("Dear readers")
        .doesNotContain("A message from")
        .doesNotContain("Remind me later");
  }

  @Test
  void shouldKeepAllArticleParagraphsBeforeTheAppeal() {
    ExtractedPage page = Fixtures.page("donation-appeal.html", "https://example.org/bridge");

    assertThat(Fixtures.paragraphs(page)).hasSize(4);
  }

  @Test
  void shouldLeaveOutNavigationSharingRelatedCommentsAndFooter() {
    ExtractedPage page = Fixtures.page("boilerplate.html", "https://example.org/library");

    assertThat(page.text())
        .contains("The central library will stay open")
        .doesNotContain("Share on")
        .doesNotContain("cookies")
        .doesNotContain("Schools reopen")
        .doesNotContain("Mayor announces")
        .doesNotContain("Great news")
        .doesNotContain("All rights reserved")
        .doesNotContain("Read more");
  }

  @Test
  void shouldKeepHeadingsAndListItemsAsTheirOwnParagraphs() {
    ExtractedPage page = Fixtures.page("boilerplate.html", "https://example.org/library");

    assertThat(Fixtures.paragraphs(page))
        .contains("More staff for evenings", "Weekdays: 8 a.m. to 10 p.m.");
  }

  @Test
  void shouldNotRepeatTheHeadlineInTheText() {
    ExtractedPage page = Fixtures.page("boilerplate.html", "https://example.org/library");

    assertThat(page.title()).isEqualTo("Library extends opening hours");
    assertThat(page.text()).doesNotContain("Library extends opening hours");
  }

  @Test
  void shouldSeparateParagraphsWithABlankLine() {
    ExtractedPage page =
        Fixtures.html(
            "<html><body><article><p>First paragraph of the story with enough words in it to"
                + " count.</p><p>Second<b>bold</b> paragraph, also long enough to be part of the"
                + " body text.</p></article></body></html>");

    assertThat(page.text()).contains("count.\n\nSecondbold paragraph");
  }

  @Test
  void shouldNeverGlueWordsAcrossBlockElements() {
    Element root =
        Jsoup.parse(
                "<div><div>one</div><div>two</div><span>three</span><br>four<table><tr><td>a<td>b</table></div>")
            .body();

    assertThat(ParagraphWriter.write(List.of(root)))
        .containsExactly("one", "two", "three\nfour", "a\tb");
  }

  @Test
  void shouldDropSoftHyphensAndKeepTypographicQuotes() {
    ExtractedPage page =
        Fixtures.html(
            "<html><body><p>The minister called it “a his\u00ADtoric step” for the"
                + " country’s economy, and parliament agreed.</p></body></html>");

    assertThat(page.text()).contains("“a historic step”").contains("country’s");
  }

  @Test
  void shouldPreferSchemaOrgArticleBodyWhenTheDomYieldsFarLess() {
    String body = "Paragraph one of the real story, which the page renders with script. ".repeat(8);
    ExtractedPage page =
        Fixtures.html(
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\""
                + body
                + "\"}</script></head><body><p>Loading the story…</p></body></html>");

    assertThat(page.text()).startsWith("Paragraph one of the real story");
  }

  @Test
  void shouldTurnThePageIntoAnArticleRecordKeyedByCanonicalUrl() {
    ExtractedPage page = Fixtures.page("metadata-conflict.html", "https://courier.example/x");

    Article article = page.toArticle("courier", ArticleExtractor.VERSION);

    assertThat(article.id()).isEqualTo(ArticleIds.idFor(page.canonicalUrl()));
    assertThat(article.extractorVersion()).isEqualTo("newsflow-extract/1");
    assertThat(article.wordCount()).isEqualTo(ArticleIds.wordCount(page.text()));
  }
}
