package io.newsflow.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns raw bylines into person names: strips "By" and its equivalents, splits lists of names, and
 * drops what is not a person (agencies, desks, the site's own name, e-mail and follow prompts,
 * handles, URLs). The vocabulary is the data file {@code extract/authors.txt}. Stateless and
 * thread-safe.
 */
public final class AuthorCleaner {

  private static final Map<String, List<String>> DATA = RuleFile.read("/extract/authors.txt");
  private static final Set<String> NOT_A_NAME = Set.copyOf(DATA.get("not-a-name"));
  private static final List<String> PREFIXES =
      DATA.get("name-prefix").stream().sorted((a, b) -> b.length() - a.length()).toList();
  private static final Set<String> ROLE_WORDS = Set.copyOf(DATA.get("role-word"));
  private static final Pattern CUT =
      Pattern.compile("\\s*(?:\\||•|·|\\n|\\s[-–—]\\s|/\\s|\\(|\\[|:\\s).*$", Pattern.DOTALL);
  private static final Pattern SPLIT =
      Pattern.compile(
          "\\s*(?:,|;|&|\\s+and\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+|\\s+i\\s+|\\s+e\\s+|\\s+en\\s+|\\s+og\\s+|\\s+och\\s+)\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
  private static final int MAX_AUTHORS = 10;

  private AuthorCleaner() {}

  /** Person names found in the raw values, in order, without duplicates. */
  public static List<String> clean(List<String> raw, @Nullable String siteName) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> seen = new HashSet<>();
    String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
    for (String value : raw) {
      if (value == null) {
        continue;
      }
      String v = SPACES.matcher(value).replaceAll(" ").strip();
      v = stripPrefix(v);
      v = CUT.matcher(v).replaceFirst("");
      for (String part : SPLIT.split(v)) {
        String name = stripPrefix(part.strip());
        name = trimPunctuation(name);
        if (isPersonName(name, site) && seen.add(name.toLowerCase(Locale.ROOT))) {
          names.add(name);
        }
      }
      if (names.size() >= MAX_AUTHORS) {
        break;
      }
    }
    return new ArrayList<>(names);
  }

  private static String stripPrefix(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix)
          && lower.length() > prefix.length()
          && (prefix.endsWith(":") || !Character.isLetter(lower.charAt(prefix.length())))) {
        return value.substring(prefix.length()).replaceFirst("^[\\s:]+", "");
      }
    }
    return value;
  }

  private static String trimPunctuation(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && !Character.isLetter(value.charAt(start))) {
      start++;
    }
    while (end > start
        && !Character.isLetter(value.charAt(end - 1))
        && value.charAt(end - 1) != '.') {
      end--;
    }
    return value.substring(start, end);
  }

  static boolean isPersonName(String name, String siteLower) {
    if (name.length() < 3 || name.length() > 60) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (NOT_A_NAME.contains(lower) || lower.equals(siteLower)) {
      return false;
    }
    if (!siteLower.isEmpty() && (lower.contains(siteLower) || siteLower.contains(lower))) {
      return false;
    }
    if (lower.contains("@") || lower.contains("http") || lower.contains("www.")) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > 5) {
      return false;
    }
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(w)
          || w.chars().anyMatch(Character::isDigit)
          || w.contains(".com")
          || w.contains(".de")) {
        return false;
      }
    }
    return Character.isUpperCase(name.charAt(0)) || !name.equals(lower);
  }
}
