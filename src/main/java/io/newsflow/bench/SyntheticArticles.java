package io.newsflow.bench;

import io.newsflow.dedup.DedupInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generated article texts for the deduplication benchmark: each number gives a different,
 * deterministic article of 150–600 words in paragraphs of sentences, with 3–8 entity names. Words
 * and names are drawn with Zipf frequencies (common words and a few very common names, as news
 * has), so unrelated articles share some shingles and many share names, and lookups meet real
 * crowds. {@link SyntheticNews} does not fit here: its sentences come from a few hundred templates,
 * so its articles share most of their shingles.
 */
final class SyntheticArticles {

  private static final String[] COMMON = {
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "that",
    "is",
    "was",
    "for",
    "on",
    "it",
    "with",
    "as",
    "he",
    "she",
    "at",
    "by",
    "said",
    "from",
    "they",
    "this",
    "be",
    "have",
    "has",
    "had",
    "not",
    "but",
    "are",
    "were",
    "which",
    "or",
    "an",
    "their",
    "its",
    "after",
    "about",
    "more",
    "than",
    "would",
    "will",
    "been",
    "who",
    "new",
    "also",
    "two",
    "when",
    "year",
    "people",
    "city",
    "government",
    "officials",
    "last",
    "first",
    "week",
    "over",
    "into",
    "could",
    "there",
    "some",
    "other",
    "against",
    "percent",
    "since",
    "million",
    "state",
    "minister",
    "police",
    "company",
    "country"
  };
  private static final String[] SYLLABLES = {
    "ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ri", "so", "tu", "va",
    "we", "xi", "yo", "za", "bra", "cle", "dri", "fro", "gla", "pre", "str", "tra", "ven", "mor",
    "lan", "ster", "ton", "dal", "ric", "ment", "tion", "al", "er", "in"
  };
  private static final int VOCABULARY = 40_000;
  private static final int NAMES = 20_000;

  private final String[] words;
  private final double[] wordWeights;
  private final String[] names;
  private final double[] nameWeights;

  private final boolean withEntities;

  /**
   * @param withEntities whether articles come with entity names (else with none)
   */
  SyntheticArticles(boolean withEntities) {
    this.withEntities = withEntities;
    SplittableRandom random = new SplittableRandom(0x6465647570L);
    Set<String> vocabulary = new LinkedHashSet<>(Arrays.asList(COMMON));
    while (vocabulary.size() < VOCABULARY) {
      vocabulary.add(pseudoWord(random));
    }
    words = vocabulary.toArray(String[]::new);
    wordWeights = zipf(words.length, 1.0);
    Set<String> pool = new LinkedHashSet<>();
    while (pool.size() < NAMES) {
      pool.add(capitalized(pseudoWord(random)) + " " + capitalized(pseudoWord(random)));
    }
    names = pool.toArray(String[]::new);
    nameWeights = zipf(names.length, 1.0);
  }

  /** Article number {@code n}, filed at {@code publishedAt}. */
  DedupInput article(long n, Instant publishedAt) {
    // Seeds a golden-gamma step apart would give one stream shifted: mix the number first.
    SplittableRandom random = new SplittableRandom(mix(n + 0x5eed));
    return new DedupInput(
        id(n),
        text(random, 150 + random.nextInt(451)),
        "https://bench.example/news/" + n,
        "Article " + n,
        publishedAt,
        withEntities ? entities(random) : List.of());
  }

  /** A 32-hex-digit id, as article ids are. */
  static String id(long n) {
    long a = n * 0x9e3779b97f4a7c15L + 0x632be59bd9b4e019L;
    long b = (n + 1) * 0xbf58476d1ce4e5b9L ^ 0x94d049bb133111ebL;
    return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
  }

  private String text(SplittableRandom random, int wordCount) {
    StringBuilder text = new StringBuilder(wordCount * 7);
    int written = 0;
    while (written < wordCount) {
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences && written < wordCount; s++) {
        int length = Math.min(wordCount - written, 12 + random.nextInt(19));
        text.append(s == 0 ? "" : " ").append(sentence(random, length));
        written += length;
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  private String sentence(SplittableRandom random, int length) {
    StringBuilder sentence = new StringBuilder();
    for (int w = 0; w < length; w++) {
      String word = words[draw(wordWeights, random)];
      sentence.append(w == 0 ? capitalized(word) : " " + word);
    }
    return sentence.append('.').toString();
  }

  private List<String> entities(SplittableRandom random) {
    Set<String> entities = new LinkedHashSet<>();
    int count = 3 + random.nextInt(6);
    while (entities.size() < count) {
      entities.add(names[draw(nameWeights, random)]);
    }
    return new ArrayList<>(entities);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int draw(double[] cumulative, SplittableRandom random) {
    int at =
        Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
    return at >= 0 ? at : -at - 1;
  }

  private static double[] zipf(int size, double exponent) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int rank = 0; rank < size; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
    return cumulative;
  }

  private static String pseudoWord(SplittableRandom random) {
    StringBuilder word = new StringBuilder();
    int syllables = 1 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return word.toString();
  }

  private static String capitalized(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
