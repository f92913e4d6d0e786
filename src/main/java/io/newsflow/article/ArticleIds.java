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
    StringBuilder words = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (isWordChar(c)) {
        if (gap && !words.isEmpty()) {
          words.append(' ');
        }
        words.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return words.toString();
  }

  /** A letter or a number ({@code [\p{L}\p{N}]}), the characters words are made of. */
  private static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
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
