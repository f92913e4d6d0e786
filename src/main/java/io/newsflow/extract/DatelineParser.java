package io.newsflow.extract;

import io.newsflow.article.Article.Dateline;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a dateline at the start of a body: an upper-case place, optionally a region or date
 * after a comma, optionally a credit in parentheses, then a dash (or, after a credit, a full stop).
 * "MOSCOW (Realist English). Putin met..." gives place "MOSCOW", credit "Realist English" and the
 * rest "Putin met...". Stateless and thread-safe.
 */
public final class DatelineParser {

  /** A dateline and the paragraph text after it. */
  public record Parsed(Dateline dateline, String rest) {}

  private static final Pattern DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]+(?: [\\p{Lu}\\p{M}'’.\\-]+){0,3})"
              + "(?:,\\s*[\\p{L}\\p{N}.’' ]{2,30}?)?"
              + "\\s*(?:\\(([^()]{2,40})\\))?"
              + "\\s*(—|–|--|-|:|\\.)\\s+(?=\\S)");

  private DatelineParser() {}

  /** The dateline that opens the paragraph, or null when it does not open with one. */
  public static @Nullable Parsed parse(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    String place = m.group(1).strip();
    String credit = m.group(2) == null ? null : m.group(2).strip();
    String separator = m.group(3);
    int letters = 0;
    for (int i = 0; i < place.length(); i++) {
      if (Character.isLetter(place.charAt(i))) {
        letters++;
      }
    }
    if (letters < 3) {
      return null;
    }
    boolean dash = !separator.equals(".") && !separator.equals(":");
    if (credit == null && !dash) {
      return null;
    }
    String rest = paragraph.substring(m.end()).strip();
    if (rest.isEmpty()) {
      return null;
    }
    return new Parsed(new Dateline(place, credit), rest);
  }
}
