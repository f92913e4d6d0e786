package io.newsflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.article.ArticleIds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCorpusTest {

  private static final DemoCorpus CORPUS = DemoCorpus.load();

  @Test
  void shouldHaveAboutThirtyDistinctStoriesOfNewsLength() {
    List<DemoStory> originals =
        CORPUS.stories().stream().filter(story -> story.syndicates() == null).toList();

    assertThat(originals).hasSizeBetween(28, 40);
    assertThat(CORPUS.stories())
        .allSatisfy(
            story ->
                assertThat(ArticleIds.wordCount(story.text())).as(story.id()).isBetween(150, 600));
  }

  @Test
  void shouldWriteInFourLanguagesOnReservedHosts() {
    assertThat(CORPUS.stories()).extracting(DemoStory::language).contains("en", "de", "fr", "es");
    assertThat(CORPUS.outlets()).extracting(DemoOutlet::host).allMatch(h -> h.endsWith(".example"));
  }

  @Test
  void shouldGiveExactCopiesTheSameWordsAndNearCopiesAlmostTheSame() {
    for (DemoStory copy : CORPUS.stories()) {
      if (copy.syndicates() == null) {
        continue;
      }
      DemoStory original = CORPUS.story(copy.syndicates());
      assertThat(copy.publishedAt()).as(copy.id()).isAfter(original.publishedAt());
      if (copy.dupKind().equals("exact")) {
        assertThat(ArticleIds.contentHash(copy.text()))
            .as(copy.id())
            .isEqualTo(ArticleIds.contentHash(original.text()));
      } else {
        assertThat(ArticleIds.contentHash(copy.text()))
            .as(copy.id())
            .isNotEqualTo(ArticleIds.contentHash(original.text()));
        assertThat(resemblance(copy, original)).as(copy.id()).isGreaterThan(0.6);
      }
    }
  }

  @Test
  void shouldTellDifferentStoriesOfTheSameEventApart() {
    List<DemoStory> originals =
        CORPUS.stories().stream().filter(story -> story.syndicates() == null).toList();
    int pairs = 0;
    for (DemoStory a : originals) {
      for (DemoStory b : originals) {
        if (a.id().compareTo(b.id()) < 0 && CORPUS.eventOf(a).equals(CORPUS.eventOf(b))) {
          assertThat(resemblance(a, b)).as(a.id() + " vs " + b.id()).isLessThan(0.1);
          pairs++;
        }
      }
    }
    assertThat(pairs).isGreaterThanOrEqualTo(3);
  }

  @Test
  void shouldSpellPlacesAndPeopleInSeveralWays() {
    String all = String.join("\n", CORPUS.stories().stream().map(DemoStory::text).toList());

    assertThat(all).contains("Kyiv", "Kiev", "Kiew", "Hrytsenko", "Hryzenko");
    assertThat(all).contains("Samuel Okafor", "Sam Okafor");
  }

  /** Jaccard resemblance of the word 3-shingles of two stories. */
  private static double resemblance(DemoStory a, DemoStory b) {
    Set<String> x = shingles(a.text());
    Set<String> y = shingles(b.text());
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    return (double) common.size() / union.size();
  }

  private static Set<String> shingles(String text) {
    String[] words = ArticleIds.normalizeText(text).split(" ");
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 3 <= words.length; i++) {
      shingles.add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
    }
    return shingles;
  }
}
