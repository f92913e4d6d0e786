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

  @Test
  void normalizesAsTheRunsOfLettersAndNumbersTheTextHas() {
    java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    for (String text :
        java.util.List.of(
            "  “Quoted” — text,  with\u00a0spaces! ",
            "Zelenskyy's 12,000 troops; ½ of Ⅻ",
            "مرحبا بالعالم 123",
            "naïve café déjà-vu",
            "emoji 👍 and tabs\tand\nlines",
            "")) {
      String folded =
          java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
              .toLowerCase(java.util.Locale.ROOT);
      assertThat(ArticleIds.normalizeText(text))
          .isEqualTo(nonWord.matcher(folded).replaceAll(" ").strip());
    }
  }
}
