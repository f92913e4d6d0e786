package io.newsflow.dedup;

import io.newsflow.article.ArticleIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names that say what story an article is on: its entity names, most important first; when an
 * article comes without entities, the capitalized words its text repeats (not after a sentence
 * end), most frequent first. Names are normalized and hashed.
 */
final class StoryTerms {

  private static final Pattern NAME = Pattern.compile("(?<![.!?\"“]\\s)\\b\\p{Lu}\\p{L}{2,}\\b");

  private StoryTerms() {}

  static int[] of(DedupInput article, int limit) {
    Set<Integer> terms = new LinkedHashSet<>();
    Iterable<String> names =
        article.entities().isEmpty() ? repeated(article.text()) : article.entities();
    for (String name : names) {
      if (terms.size() >= limit) {
        break;
      }
      String normalized = ArticleIds.normalizeText(name);
      if (!normalized.isEmpty()) {
        terms.add((int) Hashing.word(normalized, 0, normalized.length()));
      }
    }
    int[] sorted = terms.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static Iterable<String> repeated(String text) {
    Map<String, Integer> counts = new HashMap<>();
    var matcher = NAME.matcher(text);
    while (matcher.find()) {
      counts.merge(matcher.group(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(entry -> entry.getValue() > 1)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How many hashes two ascending arrays share. */
  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The smallest hash two ascending arrays share; only called when they share one. */
  static int firstShared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (a[i] != b[j]) {
      if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return a[i];
  }
}
