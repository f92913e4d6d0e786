package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.dedup.DedupCorpus.Article;
import io.newsflow.dedup.DedupCorpus.Item;
import io.newsflow.dedup.DedupCorpus.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind the fingerprint choice, printed for the design note (nothing asserted but
 * that there was something to measure): for every pair of the corpus that is a planted duplicate or
 * a hard negative, the true Jaccard similarity of the word 5-shingle sets against the
 * deduplicator's MinHash estimate and against the Hamming distance of 64-bit SimHashes over the
 * same shingles; and which SimHash distance would decide as Jaccard 0.8 does. A sweep of prefixes
 * of each article adds pairs at every similarity, since the planted pairs crowd near 1 and below
 * 0.6.
 */
class FingerprintMeasurementTest {

  private static final double THRESHOLD = DedupSettings.defaults().threshold();
  private static final double[] BINS = {0, 0.5, 0.7, 0.8, 0.9, 1.0, 1.0001};

  /** One pair's figures. */
  record Pair(String name, double jaccard, double estimate, boolean banded, int hamming) {}

  @Test
  void shouldMeasureMinHashAndSimHashAgainstTrueJaccard() {
    DedupCorpus corpus = DedupCorpus.load();
    List<Pair> planted = new ArrayList<>();
    for (Item item : corpus.stream()) {
      if (item.kind() == Kind.ORIGINAL) {
        continue;
      }
      planted.add(pair(item.id(), item.text(), corpus.article(item.original()).text()));
      if (item.second() != null) {
        planted.add(pair(item.id() + "/2", item.text(), corpus.article(item.second()).text()));
      }
    }
    List<Article> articles = corpus.articles();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Article a = articles.get(i);
        Article b = articles.get(j);
        boolean sameStory = a.story() != null && a.story().equals(b.story());
        boolean footer =
            a.text().contains(DedupCorpus.FOOTER) && b.text().contains(DedupCorpus.FOOTER);
        boolean summary = a.id().equals(b.summarises()) || b.id().equals(a.summarises());
        if (sameStory || footer || summary) {
          planted.add(pair(a.id() + "&" + b.id(), a.text(), b.text()));
        }
      }
    }
    List<Pair> sweep = new ArrayList<>();
    for (Article a : articles) {
      if (a.brief()) {
        continue;
      }
      List<String> words = Shingles.rawWords(a.text());
      for (int percent = 40; percent <= 98; percent += 2) {
        String prefix = String.join(" ", words.subList(0, words.size() * percent / 100));
        sweep.add(pair(a.id() + "@" + percent, prefix, a.text()));
      }
    }
    print("corpus pairs (variants and hard negatives)", planted);
    print("prefix sweep (every long article cut at 40..98% of its words)", sweep);
    List<Pair> all = new ArrayList<>(planted);
    all.addAll(sweep);
    equivalence(all);
    sketchSizes(corpus, sweep);
    assertThat(planted).hasSizeGreaterThan(150);
  }

  /**
   * How the number of MinHash values (the first k of one family of 256) changes the decision at
   * 0.8, with full 64-bit minima (no 8-bit truncation, no bands): wrong decisions on the sweep
   * pairs and the planted duplicates whose estimate falls under 0.8, for 64, 128 and 256 values.
   */
  private static void sketchSizes(DedupCorpus corpus, List<Pair> sweep) {
    for (int k : new int[] {64, 128, 256}) {
      long wrong = 0;
      for (Pair p : sweep) {
        String[] names = p.name().split("@");
        Article a = corpus.article(names[0]);
        List<String> words = Shingles.rawWords(a.text());
        String prefix =
            String.join(" ", words.subList(0, words.size() * Integer.parseInt(names[1]) / 100));
        boolean said = estimate(prefix, a.text(), k) >= THRESHOLD;
        wrong += said != (p.jaccard() >= THRESHOLD) ? 1 : 0;
      }
      long missed = 0;
      long duplicates = 0;
      for (Item item : corpus.stream()) {
        if (item.duplicate()) {
          duplicates++;
          missed +=
              estimate(item.text(), corpus.article(item.original()).text(), k) < THRESHOLD ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "fingerprints: %3d full MinHash values: sweep wrong %d of %d; planted duplicates under"
              + " %.1f: %d of %d%n",
          k,
          wrong,
          sweep.size(),
          THRESHOLD,
          missed,
          duplicates);
    }
  }

  private static final Map<String, long[]> MINIMA = new HashMap<>();

  private static double estimate(String a, String b, int k) {
    long[] x = MINIMA.computeIfAbsent(a, t -> minima(Shingles.of(t), 256));
    long[] y = MINIMA.computeIfAbsent(b, t -> minima(Shingles.of(t), 256));
    int equal = 0;
    for (int i = 0; i < k; i++) {
      equal += x[i] == y[i] ? 1 : 0;
    }
    return (double) equal / k;
  }

  private static long[] minima(Set<String> shingles, int k) {
    long[] min = new long[k];
    Arrays.fill(min, Long.MAX_VALUE);
    for (String shingle : shingles) {
      long h = Shingles.hash64(shingle);
      for (int i = 0; i < k; i++) {
        long v = Shingles.mix(h + (i + 1) * 0x9e3779b97f4a7c15L);
        if (Long.compareUnsigned(v, min[i]) < 0) {
          min[i] = v;
        }
      }
    }
    return min;
  }

  private static Pair pair(String name, String a, String b) {
    double jaccard = Shingles.jaccard(a, b);
    Profile pa = profile(a);
    Profile pb = profile(b);
    boolean banded = false;
    for (int band = 0; band < pa.bands().length; band++) {
      banded |= pa.bands()[band] == pb.bands()[band];
    }
    int hamming =
        Shingles.hamming(Shingles.simHash(Shingles.of(a)), Shingles.simHash(Shingles.of(b)));
    return new Pair(name, jaccard, MinHash.similarity(pa.sketch(), pb.sketch()), banded, hamming);
  }

  private static Profile profile(String text) {
    DedupInput input = new DedupInput("m", text, null, null, Instant.EPOCH, List.of());
    return Fingerprints.of(input, 0, DedupSettings.defaults());
  }

  private static void print(String title, List<Pair> pairs) {
    System.out.printf(Locale.ROOT, "fingerprints: %s: %d pairs%n", title, pairs.size());
    System.out.printf(
        Locale.ROOT,
        "fingerprints:   %-9s %5s  %-13s %9s %9s %8s  %-9s%n",
        "true J",
        "pairs",
        "MinHash est.",
        "mean|err|",
        "est>=0.8",
        "banded",
        "SimHash Hamming");
    for (int b = 0; b + 1 < BINS.length; b++) {
      double from = BINS[b];
      double to = BINS[b + 1];
      List<Pair> bin = pairs.stream().filter(p -> p.jaccard() >= from && p.jaccard() < to).toList();
      if (bin.isEmpty()) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "fingerprints:   %-9s %5d  %.3f..%.3f %9.3f %9d %8d  %d..%d%n",
          to > 1 ? "1" : String.format(Locale.ROOT, "%.1f-%.1f", from, to),
          bin.size(),
          bin.stream().mapToDouble(Pair::estimate).min().orElse(0),
          bin.stream().mapToDouble(Pair::estimate).max().orElse(0),
          bin.stream().mapToDouble(p -> Math.abs(p.estimate() - p.jaccard())).average().orElse(0),
          bin.stream().filter(p -> p.estimate() >= THRESHOLD).count(),
          bin.stream().filter(Pair::banded).count(),
          bin.stream().mapToInt(Pair::hamming).min().orElse(0),
          bin.stream().mapToInt(Pair::hamming).max().orElse(0));
    }
  }

  /**
   * Which SimHash distance decides as Jaccard 0.8: for each distance d, how many pairs at J ≥ 0.8
   * have Hamming ≤ d (found) and how many below 0.8 do (false alarms), against the MinHash
   * estimate's decisions at 0.8 (which also needs a shared band to be looked at).
   */
  private static void equivalence(List<Pair> pairs) {
    long positives = pairs.stream().filter(p -> p.jaccard() >= THRESHOLD).count();
    long negatives = pairs.size() - positives;
    long minHashFound =
        pairs.stream()
            .filter(p -> p.jaccard() >= THRESHOLD && p.banded() && p.estimate() >= THRESHOLD)
            .count();
    long minHashFalse =
        pairs.stream()
            .filter(p -> p.jaccard() < THRESHOLD && p.banded() && p.estimate() >= THRESHOLD)
            .count();
    System.out.printf(
        Locale.ROOT,
        "fingerprints: decisions at true J %.1f over all %d pairs (%d at or above, %d below)%n",
        THRESHOLD,
        pairs.size(),
        positives,
        negatives);
    System.out.printf(
        Locale.ROOT,
        "fingerprints:   MinHash (%d x 8-bit sketch, %dx%d bands) estimate >= %.1f: found %d"
            + " (%.3f), false %d, wrong %d%n",
        MinHash.HASHES,
        MinHash.BANDS,
        MinHash.ROWS,
        THRESHOLD,
        minHashFound,
        (double) minHashFound / positives,
        minHashFalse,
        positives - minHashFound + minHashFalse);
    int best = 0;
    long bestWrong = Long.MAX_VALUE;
    for (int d = 0; d <= 24; d++) {
      int distance = d;
      long found =
          pairs.stream().filter(p -> p.jaccard() >= THRESHOLD && p.hamming() <= distance).count();
      long falseAlarms =
          pairs.stream().filter(p -> p.jaccard() < THRESHOLD && p.hamming() <= distance).count();
      long wrong = positives - found + falseAlarms;
      if (wrong < bestWrong) {
        bestWrong = wrong;
        best = d;
      }
      System.out.printf(
          Locale.ROOT,
          "fingerprints:   SimHash Hamming <= %2d: found %d (%.3f), false %d, wrong %d%n",
          d,
          found,
          (double) found / positives,
          falseAlarms,
          wrong);
    }
    // Charikar: P(bit differs) = angle / pi; for two sets of equal size at Jaccard J the cosine
    // of their indicator vectors is 2J / (1 + J).
    double cosine = 2 * THRESHOLD / (1 + THRESHOLD);
    double expected = 64 * Math.acos(cosine) / Math.PI;
    System.out.printf(
        Locale.ROOT,
        "fingerprints: SimHash distance closest to J %.1f here: <= %d (fewest wrong: %d); theory for"
            + " equal-size sets: expected distance %.1f bits (sd %.1f)%n",
        THRESHOLD,
        best,
        bestWrong,
        expected,
        Math.sqrt(64 * (expected / 64) * (1 - expected / 64)));
  }
}
