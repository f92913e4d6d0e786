package io.newsflow.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void shouldGiveTheSameIdForTheSameCanonicalUrl() {
    assertThat(ArticleIds.idFor("https://example.com/a"))
        .isEqualTo(ArticleIds.idFor("https://example.com/a"))
        .isNotEqualTo(ArticleIds.idFor("https://example.com/b"))
        .hasSize(32);
  }

  @Test
  void shouldHashTextsThatDifferOnlyInFormAlike() {
    assertThat(ArticleIds.contentHash("“Peace,” he said.\n\nThen   left."))
        .isEqualTo(ArticleIds.contentHash("\"peace\" He said. Then left"));
  }

  @Test
  void shouldCountWords() {
    assertThat(ArticleIds.wordCount("Zelenskyy met U.S. envoys — twice, in 2025.")).isEqualTo(8);
  }
}
