package io.newsflow.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Generic boilerplate vocabulary, read from the data file {@code extract/boilerplate.txt}: class
 * and id fragments that mark unlikely, negative, positive and byline blocks, phrases of donation
 * and subscription appeals, and prefixes of teaser lines. Immutable and thread-safe; {@link
 * #defaults()} is loaded once.
 */
public final class BoilerplateRules {

  private static final String RESOURCE = "/extract/boilerplate.txt";
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final BoilerplateRules DEFAULTS = load();

  private final String[] unlikely;
  private final String[] unlikelyLayout;
  private final String[] maybe;
  private final String[] negative;
  private final String[] positive;
  private final String[] byline;

  /** Appeal phrases as word arrays, indexed by their first word. */
  private final Map<String, List<String[]>> appealByFirstWord = new HashMap<>();

  private final List<String> linePrefixes;
  private final List<String> sectionCuts;
  private final java.util.Set<String> months;

  private BoilerplateRules(Map<String, List<String>> sections) {
    this.unlikely = substrings(sections.get("unlikely"));
    this.unlikelyLayout = substrings(sections.get("unlikely-layout"));
    this.maybe = substrings(sections.get("maybe"));
    this.negative = substrings(sections.get("negative"));
    this.positive = substrings(sections.get("positive"));
    this.byline = substrings(sections.get("byline"));
    for (String phrase : sections.getOrDefault("appeal", List.of())) {
      String[] words = WORD_SPLIT.split(phrase);
      appealByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    this.linePrefixes = List.copyOf(sections.getOrDefault("line-prefix", List.of()));
    this.sectionCuts = List.copyOf(sections.getOrDefault("section-cut", List.of()));
    this.months = java.util.Set.copyOf(sections.getOrDefault("month", List.of()));
  }

  /** The rules shipped in the jar. */
  public static BoilerplateRules defaults() {
    return DEFAULTS;
  }

  /** Class and id of the element, lower case, space separated ("" when it has neither). */
  static String signature(String className, String id) {
    if (className.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (className + " " + id).toLowerCase(Locale.ROOT);
  }

  /** The class or id names a boilerplate block (comments, ads, sharing, appeals, ...). */
  public boolean isUnlikely(String signature) {
    return !signature.isEmpty()
        && containsAny(signature, unlikely)
        && !containsAny(signature, maybe);
  }

  /** The class or id names a layout region that is usually boilerplate (header, menu, ...). */
  public boolean isUnlikelyLayout(String signature) {
    return !signature.isEmpty()
        && containsAny(signature, unlikelyLayout)
        && !containsAny(signature, maybe);
  }

  public boolean isByline(String signature) {
    return !signature.isEmpty() && containsAny(signature, byline);
  }

  /** -25, 0, +25 or 0 for both: the readability-style class weight. */
  public int classWeight(String signature) {
    if (signature.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (containsAny(signature, negative)) {
      weight -= 25;
    }
    if (containsAny(signature, positive)) {
      weight += 25;
    }
    return weight;
  }

  /** Number of distinct appeal phrases in the text (case-insensitive, whole words). */
  public int appealHits(String text) {
    List<String> words = words(text);
    int hits = 0;
    List<String[]> seen = new ArrayList<>(2);
    for (int i = 0; i < words.size(); i++) {
      List<String[]> phrases = appealByFirstWord.get(words.get(i));
      if (phrases == null) {
        continue;
      }
      for (String[] phrase : phrases) {
        if (matchesAt(words, i, phrase)) {
          if (!seen.contains(phrase)) {
            seen.add(phrase);
            hits++;
          }
          break;
        }
      }
    }
    return hits;
  }

  private static boolean matchesAt(List<String> words, int start, String[] phrase) {
    if (start + phrase.length > words.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!words.get(start + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case runs of letters and digits. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0, n = text.length(); i <= n; i++) {
      boolean letter = i < n && Character.isLetterOrDigit(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }

  private static boolean containsAny(String signature, String[] fragments) {
    for (String fragment : fragments) {
      if (signature.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  /** True when the text names a month next to a number ("5 March", "März 2024", "May 3,"). */
  public boolean hasMonthDate(String text) {
    List<String> words = words(text);
    for (int i = 0; i < words.size(); i++) {
      if (months.contains(words.get(i))) {
        boolean before = i > 0 && isNumber(words.get(i - 1));
        boolean after = i + 1 < words.size() && isNumber(words.get(i + 1));
        if (before || after) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.length() <= 4 && word.chars().allMatch(Character::isDigit);
  }

  /** True for a short line that opens like a teaser, a share bar or an ad label. */
  public boolean isTeaserLine(String text) {
    return startsWithAny(text, linePrefixes);
  }

  /** True for a short line that opens a list of teasers ("Related", "More from ..."). */
  public boolean isSectionCut(String text) {
    return startsWithAny(text, sectionCuts);
  }

  private static boolean startsWithAny(String text, List<String> prefixes) {
    if (text.length() > 100) {
      return false;
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix)) {
        return lower.length() == prefix.length()
            || !Character.isLetterOrDigit(lower.charAt(prefix.length()))
            || prefix.endsWith(":");
      }
    }
    return false;
  }

  private static String[] substrings(List<String> entries) {
    return entries == null ? new String[0] : entries.toArray(String[]::new);
  }

  private static BoilerplateRules load() {
    return new BoilerplateRules(RuleFile.read(RESOURCE));
  }
}
