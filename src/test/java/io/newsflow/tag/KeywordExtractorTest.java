package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

  private static final String TEXT =
      "The grain corridor reopened on Monday. Ships carrying grain left the port, and the grain"
          + " corridor is expected to stay open, officials said. Insurers said the grain corridor"
          + " had become safer.";

  @Test
  void shouldRankTheRepeatedPhraseFirstWithoutStopwords() {
    List<String> keywords = new KeywordExtractor(1000).keywords(TEXT, 5);

    assertThat(keywords.get(0)).isEqualTo("grain corridor");
    assertThat(keywords)
        .hasSizeLessThanOrEqualTo(5)
        .noneMatch(k -> k.matches(".*\\b(the|and|on|said|is|to)\\b.*"));
  }

  @Test
  void shouldLetWordsThatEveryArticleUsesSink() {
    KeywordExtractor extractor = new KeywordExtractor(1000);
    for (int i = 0; i < 50; i++) {
      extractor.keywords("Officials met again on the budget, officials said. Budget talks.", 3);
    }

    List<String> keywords =
        extractor.keywords(
            "Officials said the budget was late. Officials blamed flooding; flooding closed roads.",
            2);
    assertThat(keywords.get(0)).isEqualTo("flooding");
  }
}
