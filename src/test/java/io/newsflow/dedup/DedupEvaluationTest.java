package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.dedup.DedupCorpus.Article;
import io.newsflow.dedup.DedupCorpus.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of duplicate verdicts on the evaluation corpus ({@link DedupCorpus}), run
 * through {@link BatchDeduplicator} with the default settings: the bars are P ≥ 0.99 and R
 * ≥ 0.98. A duplicate verdict is right when the article is a planted duplicate and {@code
 * duplicateOf} is in its group (its original or another copy of it). Same-story groups must share a
 * story and not be duplicates; unrelated articles must not share a story. Prints the figures, every
 * miss and false alarm with its true Jaccard, and the fingerprint measurement for the design note.
 */
class DedupEvaluationTest {

  /** Later than every article of the corpus, so their publication times are used. */
  static final Instant ARRIVAL = Instant.parse("2026-03-10T00:00:00Z");

  private static DedupCorpus corpus;
  private static Map<String, Verdict> verdicts;

  @BeforeAll
  static void run() {
    corpus = DedupCorpus.load();
    verdicts = decide(corpus.stream());
  }

  static Map<String, Verdict> decide(List<Item> items) {
    BatchDeduplicator deduplicator = new BatchDeduplicator(DedupSettings.defaults(), ARRIVAL);
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (Item item : items) {
      out.put(item.id(), deduplicator.accept(input(item)).orElseThrow());
    }
    return out;
  }

  static DedupInput input(Item item) {
    return new DedupInput(
        item.id(), item.text(), item.url(), item.title(), item.publishedAt(), item.entities());
  }

  /** Duplicate verdicts scored against the truth. */
  record Score(
      int truePositives,
      int falsePositives,
      int falseNegatives,
      Map<String, int[]> byKind,
      List<String> misses,
      List<String> falseAlarms) {

    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }
  }

  static Score score(DedupCorpus corpus, Map<String, Verdict> verdicts) {
    Map<String, Item> items = corpus.byId();
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    Map<String, int[]> byKind = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (Item item : corpus.stream()) {
      Verdict verdict = verdicts.get(item.id());
      boolean said = verdict.status().duplicate();
      boolean right =
          item.duplicate()
              && verdict.duplicateOf() != null
              && corpus.group(item.original()).contains(verdict.duplicateOf());
      int[] counts = byKind.computeIfAbsent(item.describe(), k -> new int[3]);
      counts[0]++;
      counts[1] += said ? 1 : 0;
      counts[2] += said && right ? 1 : 0;
      if (said && right) {
        truePositives++;
      } else if (said) {
        falsePositives++;
        falseAlarms.add(
            String.format(
                Locale.ROOT,
                "%s (%s) said %s of %s, estimate %.3f, true J %.3f",
                item.id(),
                item.describe(),
                verdict.status().json(),
                verdict.duplicateOf(),
                verdict.similarity(),
                Shingles.jaccard(item.text(), items.get(verdict.duplicateOf()).text())));
      }
      if (item.duplicate() && !right) {
        falseNegatives++;
        misses.add(
            String.format(
                Locale.ROOT,
                "%s (%s) said %s%s, true J %.3f to %s",
                item.id(),
                item.describe(),
                verdict.status().json(),
                verdict.duplicateOf() == null ? "" : " of " + verdict.duplicateOf(),
                Shingles.jaccard(item.text(), corpus.article(item.original()).text()),
                item.original()));
      }
    }
    return new Score(truePositives, falsePositives, falseNegatives, byKind, misses, falseAlarms);
  }

  @Test
  void shouldFindPlantedDuplicatesWithHighPrecisionAndRecall() {
    Score score = score(corpus, verdicts);
    long planted = corpus.stream().stream().filter(Item::duplicate).count();
    System.out.printf(
        Locale.ROOT,
        "dedup evaluation: %d articles, %d planted duplicates, %d duplicate verdicts (%d exact,"
            + " %d near)%n",
        corpus.stream().size(),
        planted,
        score.truePositives() + score.falsePositives(),
        verdicts.values().stream().filter(v -> v.status() == DedupStatus.EXACT).count(),
        verdicts.values().stream().filter(v -> v.status() == DedupStatus.NEAR).count());
    score
        .byKind()
        .forEach(
            (kind, c) ->
                System.out.printf(
                    Locale.ROOT,
                    "dedup evaluation:   %-34s %3d items, %3d said duplicate, %3d rightly%n",
                    kind,
                    c[0],
                    c[1],
                    c[2]));
    score.misses().forEach(m -> System.out.println("dedup evaluation: miss: " + m));
    score.falseAlarms().forEach(f -> System.out.println("dedup evaluation: false alarm: " + f));
    System.out.printf(
        Locale.ROOT,
        "dedup evaluation: TP %d, FP %d, FN %d, precision %.4f, recall %.4f%n",
        score.truePositives(),
        score.falsePositives(),
        score.falseNegatives(),
        score.precision(),
        score.recall());
    assertThat(planted).isGreaterThan(100);
    assertThat(score.precision())
        .as("precision; false alarms: %s", score.falseAlarms())
        .isGreaterThanOrEqualTo(0.99);
    assertThat(score.recall())
        .as("recall; misses: %s", score.misses())
        .isGreaterThanOrEqualTo(0.98);
  }

  /**
   * The same evaluation on the variants, negatives and order of ten other seeds: how much the
   * figures above owe to one draw. Printed, not asserted.
   */
  @Test
  void shouldReportFiguresOverOtherSeeds() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double worstRecall = 1;
    double worstPrecision = 1;
    for (long seed = 1; seed <= 10; seed++) {
      String label = "dedup evaluation: seed " + seed;
      DedupCorpus other = DedupCorpus.load(seed);
      Score score = score(other, decide(other.stream()));
      tp += score.truePositives();
      fp += score.falsePositives();
      fn += score.falseNegatives();
      worstRecall = Math.min(worstRecall, score.recall());
      worstPrecision = Math.min(worstPrecision, score.precision());
      score.misses().forEach(m -> System.out.println(label + " miss: " + m));
      score.falseAlarms().forEach(f -> System.out.println(label + " false alarm: " + f));
    }
    System.out.printf(
        Locale.ROOT,
        "dedup evaluation: seeds 1-10 pooled: TP %d, FP %d, FN %d, precision %.4f, recall %.4f;"
            + " worst seed precision %.4f, recall %.4f%n",
        tp,
        fp,
        fn,
        ratio(tp, tp + fp),
        ratio(tp, tp + fn),
        worstPrecision,
        worstRecall);
    assertThat(tp).isPositive();
  }

  @Test
  void shouldGroupSameStoryArticlesWithoutMarkingThemDuplicates() {
    Map<String, List<String>> stories = stories();
    int pairs = 0;
    int shared = 0;
    for (List<String> ids : stories.values()) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          pairs++;
          shared += storyOf(ids.get(i)).equals(storyOf(ids.get(j))) ? 1 : 0;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "dedup evaluation: same-story pairs with one storyId: %d of %d%n",
        shared,
        pairs);
    stories.forEach(
        (story, ids) ->
            System.out.printf(
                Locale.ROOT,
                "dedup evaluation:   story %-5s %s%n",
                story,
                ids.stream()
                    .map(id -> id + "→" + storyOf(id) + "/" + verdicts.get(id).status().json())
                    .collect(Collectors.joining(", "))));
    for (Article brief : corpus.articles()) {
      if (brief.summarises() != null) {
        System.out.printf(
            Locale.ROOT,
            "dedup evaluation:   brief %s %s the story of %s%n",
            brief.id(),
            storyOf(brief.id()).equals(storyOf(brief.summarises())) ? "shares" : "does not share",
            brief.summarises());
      }
    }
    assertThat(stories).hasSizeGreaterThanOrEqualTo(3);
    stories.forEach(
        (story, ids) -> {
          assertThat(ids.stream().map(this::storyOf).distinct())
              .as("one storyId for story %s", story)
              .hasSize(1);
          assertThat(ids.stream().map(id -> verdicts.get(id).status()))
              .as("same-story articles of %s are not duplicates", story)
              .containsOnly(DedupStatus.UNIQUE);
        });
  }

  @Test
  void shouldKeepUnrelatedArticlesInSeparateStories() {
    List<Article> articles = corpus.articles();
    List<String> merged = new ArrayList<>();
    int pairs = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Article a = articles.get(i);
        Article b = articles.get(j);
        if (related(a, b)) {
          continue;
        }
        pairs++;
        if (storyOf(a.id()).equals(storyOf(b.id()))) {
          merged.add(a.id() + " & " + b.id() + " (" + storyOf(a.id()) + ")");
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "dedup evaluation: unrelated pairs sharing a storyId: %d of %d %s%n",
        merged.size(),
        pairs,
        merged);
    assertThat(merged).as("unrelated articles sharing a storyId").isEmpty();
  }

  /** Same story label, or a brief and the article it summarises. */
  private static boolean related(Article a, Article b) {
    return (a.story() != null && a.story().equals(b.story()))
        || a.id().equals(b.summarises())
        || b.id().equals(a.summarises())
        || (a.summarises() != null && a.summarises().equals(b.summarises()))
        || storyOfSummary(a, b)
        || storyOfSummary(b, a);
  }

  /** A brief of an article in a story group and another member of that group. */
  private static boolean storyOfSummary(Article brief, Article other) {
    return brief.summarises() != null
        && other.story() != null
        && other.story().equals(corpus.article(brief.summarises()).story());
  }

  @Test
  void shouldDecideReplaysOnceAndTheSameWayEveryRun() {
    BatchDeduplicator deduplicator = new BatchDeduplicator(DedupSettings.defaults(), ARRIVAL);
    for (Item item : corpus.stream()) {
      deduplicator.accept(input(item));
    }
    for (Item item : corpus.stream()) {
      assertThat(deduplicator.accept(input(item))).as(item.id()).isEmpty();
    }
    assertThat(deduplicator.rememberedArticles()).isEqualTo(corpus.stream().size());
    assertThat(decide(corpus.stream())).isEqualTo(verdicts);
  }

  private Map<String, List<String>> stories() {
    Map<String, List<String>> stories = new TreeMap<>();
    for (Article a : corpus.articles()) {
      if (a.story() != null) {
        stories.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a.id());
      }
    }
    return stories;
  }

  private String storyOf(String id) {
    return Objects.requireNonNull(verdicts.get(id), id).storyId();
  }

  static double ratio(int part, int whole) {
    return whole == 0 ? 1 : (double) part / whole;
  }
}
