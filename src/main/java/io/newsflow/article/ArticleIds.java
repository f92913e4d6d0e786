package io.newsflow.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable identifiers and hashes of articles. Stateless and thread-safe. */
public final class ArticleIds {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ArticleIds() {}

  /** The article id: the first 128 bits of SHA-256 over the canonical URL, as 32 hex digits. */
  public static String idFor(String canonicalUrl) {
    return HexFormat.of().formatHex(sha256(canonicalUrl), 0, 16);
  }

  /** SHA-256 (hex) of {@link #normalizeText(String)}: equal for texts that differ only in form. */
  public static String contentHash(String text) {
    return HexFormat.of().formatHex(sha256(normalizeText(text)));
  }

  /**
   * Folds a text to the words it says: Unicode NFKC, lower case, every run of punctuation,
   * typographic quotes and whitespace to one space.
   */
  public static String normalizeText(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /** Words in the text: runs of letters and digits. */
  public static int wordCount(String text) {
    var matcher = WORD.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
