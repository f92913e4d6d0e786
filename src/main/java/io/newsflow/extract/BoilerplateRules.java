package io.newsflow.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Generic boilerplate vocabulary, read from the data file {@code extract/boilerplate.txt}: class
 * and id fragments that mark unlikely, negative, positive and byline blocks, phrases of donation
 * and subscription appeals, and prefixes of teaser lines. Immutable and thread-safe; {@link
 * #defaults()} is loaded once.
 */
public final class BoilerplateRules {

  private static final String RESOURCE = "/extract/boilerplate.txt";
  private static final BoilerplateRules DEFAULTS = load();

  private final Pattern unlikely;
  private final Pattern maybe;
  private final Pattern negative;
  private final Pattern positive;
  private final Pattern byline;
  private final Pattern appeal;
  private final List<String> linePrefixes;

  private BoilerplateRules(Map<String, List<String>> sections) {
    this.unlikely = substrings(sections.get("unlikely"));
    this.maybe = substrings(sections.get("maybe"));
    this.negative = substrings(sections.get("negative"));
    this.positive = substrings(sections.get("positive"));
    this.byline = substrings(sections.get("byline"));
    this.appeal = words(sections.get("appeal"));
    this.linePrefixes = List.copyOf(sections.getOrDefault("line-prefix", List.of()));
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

  public boolean isUnlikely(String signature) {
    return !signature.isEmpty()
        && unlikely.matcher(signature).find()
        && !maybe.matcher(signature).find();
  }

  public boolean isByline(String signature) {
    return !signature.isEmpty() && byline.matcher(signature).find();
  }

  /** -25, 0, +25 or 0 for both: the readability-style class weight. */
  public int classWeight(String signature) {
    if (signature.isEmpty()) {
      return 0;
    }
    int weight = 0;
    if (negative.matcher(signature).find()) {
      weight -= 25;
    }
    if (positive.matcher(signature).find()) {
      weight += 25;
    }
    return weight;
  }

  /** Number of appeal phrases in the text (case-insensitive). */
  public int appealHits(String text) {
    Matcher m = appeal.matcher(text);
    int hits = 0;
    while (m.find()) {
      hits++;
    }
    return hits;
  }

  /** True for a short line that opens like a teaser, a share bar or an ad label. */
  public boolean isTeaserLine(String text) {
    if (text.length() > 100) {
      return false;
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    for (String prefix : linePrefixes) {
      if (lower.startsWith(prefix)) {
        return lower.length() == prefix.length()
            || !Character.isLetterOrDigit(lower.charAt(prefix.length()))
            || prefix.endsWith(":");
      }
    }
    return false;
  }

  private static Pattern substrings(List<String> entries) {
    if (entries == null || entries.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(entries.stream().map(Pattern::quote).collect(Collectors.joining("|")));
  }

  private static Pattern words(List<String> entries) {
    if (entries == null || entries.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile(
        entries.stream()
            .map(e -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(e) + "(?![\\p{L}\\p{N}])")
            .collect(Collectors.joining("|")),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static BoilerplateRules load() {
    return new BoilerplateRules(RuleFile.read(RESOURCE));
  }
}
