package io.newsflow.dedup;

import io.newsflow.article.ArticleIds;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names that say what story an article is on: its entity names, most important first; when an
 * article comes without entities, the capitalized words its text repeats (not after a sentence
 * end), most frequent first. Names are normalized and hashed; the lowest bit of a hash says whether
 * the name is central to the text: mentioned in its first half, or more than once. Two articles are
 * on one story only if at least two of the names they share are central to one of them: the names a
 * site's footer or "about us" line adds come once, at the end, and shared footers must not make
 * unrelated articles one story.
 */
final class StoryTerms {

  private static final Pattern NAME = Pattern.compile("(?<![.!?\"“]\\s)\\b\\p{Lu}\\p{L}{2,}\\b");

  private StoryTerms() {}

  static int[] of(DedupInput article, int limit) {
    Map<Integer, Integer> terms = new LinkedHashMap<>();
    Iterable<String> names =
        article.entities().isEmpty() ? repeated(article.text()) : article.entities();
    for (String name : names) {
      if (terms.size() >= limit) {
        break;
      }
      String normalized = ArticleIds.normalizeText(name);
      if (!normalized.isEmpty()) {
        int hash = (int) Hashing.word(normalized, 0, normalized.length()) & ~1;
        terms.merge(hash, central(article.text(), name) ? 1 : 0, Math::max);
      }
    }
    int[] sorted =
        terms.entrySet().stream().mapToInt(term -> term.getKey() | term.getValue()).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /** The name's hash without its central bit: the story key. */
  static int key(int term) {
    return term & ~1;
  }

  private static boolean central(String text, String name) {
    int first = text.indexOf(name);
    return first >= 0
        && (first < text.length() / 2 || text.indexOf(name, first + name.length()) >= 0);
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

  /**
   * How many names two ascending arrays share, or 0 when fewer than two of them are central to
   * either article.
   */
  static int shared(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    int central = 0;
    while (i < a.length && j < b.length) {
      if (key(a[i]) == key(b[j])) {
        central += (a[i] | b[j]) & 1;
        shared++;
        i++;
        j++;
      } else if (key(a[i]) < key(b[j])) {
        i++;
      } else {
        j++;
      }
    }
    return central >= 2 ? shared : 0;
  }
}
