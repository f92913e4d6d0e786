package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.dedup.DedupCorpus.Article;
import io.newsflow.dedup.DedupCorpus.Item;
import io.newsflow.dedup.DedupCorpus.Kind;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The evaluation corpus is what the issue asks for, and its stream is fixed and well ordered. */
class DedupCorpusTest {

  private final DedupCorpus corpus = DedupCorpus.load();

  @Test
  void shouldHoldFortyLongArticlesAndSomeBriefs() {
    List<Article> articles = corpus.articles();
    List<Integer> longOnes =
        articles.stream()
            .filter(a -> !a.brief())
            .map(a -> Shingles.words(a.text()).size())
            .toList();
    List<Integer> briefs =
        articles.stream().filter(Article::brief).map(a -> Shingles.words(a.text()).size()).toList();
    assertThat(longOnes).hasSizeGreaterThanOrEqualTo(40).allMatch(n -> n >= 120 && n <= 700);
    assertThat(briefs).hasSizeBetween(6, 8).allMatch(n -> n >= 20 && n <= 60);
    assertThat(articles.stream().map(Article::id).distinct().count()).isEqualTo(articles.size());
  }

  @Test
  void shouldHoldSameStoryGroupsAndArticlesSharingTheFooter() {
    Map<String, Long> stories =
        corpus.articles().stream()
            .filter(a -> a.story() != null)
            .collect(Collectors.groupingBy(Article::story, Collectors.counting()));
    assertThat(stories)
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy((story, n) -> assertThat(n).isEqualTo(3));
    assertThat(
            corpus.articles().stream().filter(a -> a.text().contains(DedupCorpus.FOOTER)).count())
        .isGreaterThanOrEqualTo(4);
    for (Article a : corpus.articles()) {
      if (a.summarises() != null) {
        assertThat(a.brief()).isTrue();
        assertThat(corpus.article(a.summarises()).brief()).isFalse();
      }
    }
  }

  @Test
  void shouldPlaceEveryDerivedItemAfterWhatItWasMadeFrom() {
    Set<String> seen = new HashSet<>();
    for (Item item : corpus.stream()) {
      if (item.kind() != Kind.ORIGINAL) {
        assertThat(seen).as(item.id()).contains(item.original());
        if (item.second() != null) {
          assertThat(seen).as(item.id()).contains(item.second());
        }
        assertThat(item.publishedAt()).isAfter(corpus.article(item.original()).publishedAt());
      }
      assertThat(seen.add(item.id())).as("unique id " + item.id()).isTrue();
    }
  }

  @Test
  void shouldGenerateTheSameStreamEveryTime() {
    assertThat(DedupCorpus.load().stream()).isEqualTo(corpus.stream());
  }

  @Test
  void shouldPlantEveryKindOfVariantAndHardNegative() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    corpus.stream().forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
    System.out.println("dedup corpus: " + corpus.stream().size() + " items " + counts);
    assertThat(counts.keySet()).containsExactlyInAnyOrder(Kind.values());
    assertThat(corpus.stream().stream().filter(Item::duplicate).count()).isGreaterThan(100);
    for (Item item : corpus.stream()) {
      Article original = corpus.article(item.original());
      if (item.kind() == Kind.LEAD_BRIEF) {
        assertThat(Shingles.words(item.text()).size()).as(item.id()).isBetween(15, 49);
      }
      if (item.edits().contains(Kind.SENTENCE_REMOVED)
          || item.edits().contains(Kind.SENTENCE_ADDED)) {
        assertThat(Shingles.words(item.text()).size())
            .as(item.id())
            .isNotEqualTo(Shingles.words(original.text()).size());
      }
      if (!item.edits().isEmpty()
          && Set.of(Kind.OTHER_URL, Kind.TYPOGRAPHY, Kind.HEADLINE).containsAll(item.edits())) {
        assertThat(Shingles.words(item.text())).isEqualTo(Shingles.words(original.text()));
      }
    }
  }

  /**
   * The truth holds for the text: a hard negative is far from what it was made from, for any seed.
   */
  @Test
  void shouldKeepHardNegativesFarFromTheirParents() {
    for (long seed = 1; seed <= 10; seed++) {
      DedupCorpus other = DedupCorpus.load(seed);
      Set<String> texts = new HashSet<>();
      for (Item item : other.stream()) {
        assertThat(item.duplicate() || texts.add(String.join(" ", Shingles.words(item.text()))))
            .as("seed %d: %s repeats an earlier text", seed, item.id())
            .isTrue();
        if (item.kind() == Kind.SPLICE || item.kind() == Kind.LEAD_BRIEF) {
          for (String parent : new String[] {item.original(), item.second()}) {
            if (parent != null) {
              assertThat(Shingles.jaccard(item.text(), other.article(parent).text()))
                  .as("seed %d: %s to %s", seed, item.id(), parent)
                  .isLessThan(0.7);
            }
          }
        }
      }
    }
  }

  /** Prints true Jaccard of each planted duplicate and hard negative to its original (no bar). */
  @Test
  void shouldReportTrueJaccardOfPlantedPairs() {
    Map<String, double[]> byKind = new TreeMap<>();
    for (Item item : corpus.stream()) {
      if (item.kind() == Kind.ORIGINAL) {
        continue;
      }
      double j = Shingles.jaccard(item.text(), corpus.article(item.original()).text());
      byKind.merge(
          item.describe(),
          new double[] {j, j, 1},
          (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1]), a[2] + b[2]});
      if (item.duplicate() && j < 0.8) {
        System.out.printf(
            Locale.ROOT, "dedup corpus: planted duplicate below J 0.8: %s J=%.3f%n", item.id(), j);
      }
    }
    byKind.forEach(
        (kind, v) ->
            System.out.printf(
                Locale.ROOT,
                "dedup corpus: %-32s n=%3.0f true J %.3f..%.3f%n",
                kind,
                v[2],
                v[0],
                v[1]));
    assertThat(byKind).isNotEmpty();
  }
}
