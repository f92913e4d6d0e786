package io.newsflow.dedup;

import io.newsflow.article.ArticleIds;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Computes an article's {@link Profile}: the text is normalized as for the content hash (case,
 * whitespace, punctuation and typographic quotes folded), cut into overlapping word {@value
 * #SHINGLE}-shingles, and MinHashed; a text shorter than a shingle is one shingle.
 */
public final class Fingerprints {

  static final int SHINGLE = 5;
  private static final long PRIME = 0x9e3779b97f4a7c15L;

  private Fingerprints() {}

  public static Profile of(DedupInput article, long ts, DedupSettings settings) {
    String normalized = ArticleIds.normalizeText(article.text());
    long[] words = wordHashes(normalized);
    long[] shingles = shingles(words);
    int[] signature = MinHash.signature(shingles, shingles.length);
    return new Profile(
        article.id(),
        ts,
        words.length,
        exactHash(normalized),
        MinHash.sketch(signature),
        MinHash.bands(signature),
        StoryTerms.of(article, settings.storyTerms()),
        null);
  }

  static long[] wordHashes(String normalized) {
    if (normalized.isEmpty()) {
      return new long[0];
    }
    long[] hashes = new long[normalized.length() / 2 + 1];
    int count = 0;
    int start = 0;
    for (int i = 0; i <= normalized.length(); i++) {
      if (i == normalized.length() || normalized.charAt(i) == ' ') {
        hashes[count++] = Hashing.word(normalized, start, i);
        start = i + 1;
      }
    }
    return Arrays.copyOf(hashes, count);
  }

  static long[] shingles(long[] words) {
    if (words.length == 0) {
      return new long[] {0};
    }
    int size = Math.min(SHINGLE, words.length);
    long[] shingles = new long[words.length - size + 1];
    for (int i = 0; i < shingles.length; i++) {
      long hash = 0;
      for (int k = 0; k < size; k++) {
        hash = hash * PRIME + words[i + k];
      }
      shingles[i] = Hashing.mix(hash);
    }
    return shingles;
  }

  static long exactHash(String normalized) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
