package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Paragraph-level clean-up of an extracted body: drops the headline when the body repeats it, short
 * "By ..." lines, teaser and widget lines ("Read more", "Advertisement", ...), and donation,
 * subscription or newsletter appeals: any paragraph dense with appeal phrases, and a trailing run
 * of paragraphs where such phrases cluster together with its short lead-in ("A message from ...:").
 * Stateless and thread-safe.
 */
final class ParagraphFilter {

  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^(?:by|von|par|por|door|di|przez|av|af)\\s+\\p{Lu}.*", Pattern.CASE_INSENSITIVE);
  private static final int LEADING_WINDOW = 4;
  private static final int TRAILING_WINDOW = 3;
  private static final int META_LINE_CHARS = 70;
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\b(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b");
  private static final Pattern READING_TIME =
      Pattern.compile(
          "^\\d+\\s*(?:min|minute|minutes|minuten|mins)\\b.*", Pattern.CASE_INSENSITIVE);
  private static final int SHORT_PARAGRAPH = 80;
  private static final int LEAD_IN = 60;

  /** The last two paragraphs may close an appeal ("Supporting us takes a minute. Thank you."). */
  private static final int APPEAL_CLOSING = 160;

  private final BoilerplateRules rules;

  ParagraphFilter(BoilerplateRules rules) {
    this.rules = rules;
  }

  List<String> filter(List<String> paragraphs, @Nullable String title) {
    List<String> out = new ArrayList<>(paragraphs.size());
    String titleKey = title == null ? "" : key(title);
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (out.size() < LEADING_WINDOW) {
        if (!titleKey.isEmpty() && key(p).equals(titleKey)) {
          continue;
        }
        if (p.length() < SHORT_PARAGRAPH && BYLINE_LINE.matcher(p).matches()) {
          continue;
        }
      }
      if (rules.isSectionCut(p) && isLateSectionLabel(paragraphs, i)) {
        break;
      }
      if (rules.isTeaserLine(p)) {
        continue;
      }
      if (p.length() < 400 && rules.appealHits(p) >= 2) {
        continue;
      }
      out.add(p);
    }
    return dropMetaLines(dropTrailingAppeal(out));
  }

  /**
   * Drops date lines and reading-time lines near the start and the end of the body: metadata that
   * the page prints around the article, not prose.
   */
  private List<String> dropMetaLines(List<String> paragraphs) {
    List<String> out = new ArrayList<>(paragraphs.size());
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      String p = paragraphs.get(i);
      boolean edge = i < LEADING_WINDOW || i >= n - TRAILING_WINDOW;
      if (edge && n > 1 && isMetaLine(p)) {
        continue;
      }
      out.add(p);
    }
    return out.isEmpty() ? paragraphs : out;
  }

  private boolean isMetaLine(String p) {
    if (p.length() > META_LINE_CHARS) {
      return false;
    }
    if (READING_TIME.matcher(p).matches()) {
      return true;
    }
    int words = p.split("\\s+").length;
    return words <= 10 && (NUMERIC_DATE.matcher(p).find() || rules.hasMonthDate(p));
  }

  /**
   * True when the teaser label at {@code i} opens the last part of the body ("Related", "More
   * from", ...), so that everything from it on is a list of teasers.
   */
  private static boolean isLateSectionLabel(List<String> paragraphs, int i) {
    int total = 0;
    int after = 0;
    for (int k = 0; k < paragraphs.size(); k++) {
      int len = paragraphs.get(k).length();
      total += len;
      if (k >= i) {
        after += len;
      }
    }
    return i >= paragraphs.size() * 0.7 && after * 10 <= total * 3;
  }

  /** Cuts a run of appeal paragraphs (and its lead-in) off the end of the body. */
  private List<String> dropTrailingAppeal(List<String> paragraphs) {
    int n = paragraphs.size();
    int start = n;
    int hits = 0;
    int misses = 0;
    for (int i = n - 1; i >= 0 && i >= n - 12; i--) {
      String p = paragraphs.get(i);
      int h = rules.appealHits(p);
      if (h > 0) {
        hits += h;
        start = i;
        misses = 0;
      } else if (hits == 0 && p.length() <= (i >= n - 2 ? APPEAL_CLOSING : SHORT_PARAGRAPH)) {
        // closing lines and buttons after the appeal ("Thank you.", "Continue", "Not now")
      } else if (hits > 0 && misses == 0 && p.length() <= 600) {
        misses++;
      } else {
        break;
      }
    }
    if (hits < 2 || start == 0) {
      return paragraphs;
    }
    int total = 0;
    for (String p : paragraphs) {
      total += p.length();
    }
    int appealChars = 0;
    for (int i = start; i < n; i++) {
      appealChars += paragraphs.get(i).length();
    }
    if (appealChars * 2 > total) {
      return paragraphs;
    }
    while (start > 1 && isLeadIn(paragraphs.get(start - 1))) {
      start--;
    }
    return new ArrayList<>(paragraphs.subList(0, start));
  }

  private static boolean isLeadIn(String p) {
    return p.length() <= LEAD_IN && (p.endsWith(":") || p.endsWith(","));
  }

  private static String key(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
