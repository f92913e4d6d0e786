package io.newsflow.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens with offsets, and where sentences start. Stateless helpers. */
final class Text {

  private static final Pattern WORD =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(?:[-'’][\\p{L}\\p{M}\\p{Nd}]+)*");

  private Text() {}

  /** A word of the text at {@code [start, end)}. */
  record Token(int start, int end, String text) {
    boolean capitalized() {
      char c = text.charAt(0);
      if (Character.isUpperCase(c)) {
        return true;
      }
      // al-Sharaa, el-Sisi, bin Salman's particles start lower case but belong to the name
      return (text.startsWith("al-") || text.startsWith("el-"))
          && text.length() > 3
          && Character.isUpperCase(text.charAt(3));
    }

    boolean allCaps() {
      return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && hasLetter();
    }

    boolean hasLetter() {
      return text.chars().anyMatch(Character::isLetter);
    }

    /** The word without a possessive {@code 's}. */
    String base() {
      return possessive() ? text.substring(0, text.length() - 2) : text;
    }

    boolean possessive() {
      return text.length() > 3 && (text.endsWith("'s") || text.endsWith("’s"));
    }

    int baseEnd() {
      return possessive() ? end - 2 : end;
    }
  }

  static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.start(), m.end(), m.group()));
    }
    return tokens;
  }

  /** Words that occur in lower case somewhere in the text (so they are common words there). */
  static Set<String> lowerCaseWords(List<Token> tokens) {
    Set<String> words = new HashSet<>();
    for (Token token : tokens) {
      if (Character.isLowerCase(token.text().charAt(0))) {
        words.add(token.text());
      }
    }
    return words;
  }

  /**
   * True when the word at {@code offset} opens a sentence, a line or a quotation that follows a
   * sentence end: only spaces, quotes and brackets stand between it and {@code . ! ? : ;}, a line
   * break or the start of the text.
   */
  static boolean isSentenceStart(String text, int offset) {
    int i = offset - 1;
    while (i >= 0) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (c == ' ' || c == '\t' || isOpening(c)) {
        i--;
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '…';
    }
    return true;
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«'
        || c == '—' || c == '–' || c == '-';
  }

  /** The characters between two offsets are one plain space (the words belong together). */
  static boolean joined(String text, int end, int nextStart) {
    return nextStart == end + 1 && text.charAt(end) == ' ';
  }
}
