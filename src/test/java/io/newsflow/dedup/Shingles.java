package io.newsflow.dedup;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test's own yardstick, independent of the deduplicator: word 5-shingles of a text (NFKC, lower
 * case, words are runs of letters and digits, so quotes, dashes, punctuation and spacing do not
 * count), their exact Jaccard similarity, and a 64-bit SimHash over the same shingles.
 */
final class Shingles {

  static final int SIZE = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  /** Normalized words. */
  static List<String> words(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(normalized);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Words as written (split on white space). */
  static List<String> rawWords(String text) {
    return List.of(text.trim().split("\\s+"));
  }

  /** Word 5-shingles; a text of fewer words is one shingle. */
  static Set<String> of(String text) {
    List<String> words = words(text);
    Set<String> out = new HashSet<>();
    if (words.size() < SIZE) {
      out.add(String.join(" ", words));
      return out;
    }
    for (int i = 0; i + SIZE <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + SIZE)));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  static double jaccard(String a, String b) {
    return jaccard(of(a), of(b));
  }

  /** Charikar's SimHash: each shingle, weight 1, votes on the 64 bits of its hash. */
  static long simHash(Set<String> shingles) {
    int[] votes = new int[64];
    for (String shingle : shingles) {
      long h = hash64(shingle);
      for (int bit = 0; bit < 64; bit++) {
        votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (votes[bit] > 0) {
        out |= 1L << bit;
      }
    }
    return out;
  }

  static int hamming(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** FNV-1a over the UTF-8 bytes, then the SplitMix64 finalizer so every bit is well mixed. */
  static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
