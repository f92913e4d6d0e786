package io.newsflow.tag;

import io.newsflow.tag.Text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds names the gazetteer lacks, from the text itself: runs of capitalized words (with connectors
 * such as "of" or "bin" inside) are trimmed of sentence-initial common words, titles, months and
 * demonyms, then typed from cues: a title or a role word before the name or "said" after it make a
 * person, a head noun ("Fund", "Ministry of ...") or a word like "agency" an organization,
 * "in"/"at" before or "region" after a place. A name without a cue is returned untyped, for {@link
 * EntityExtractor} to merge with a longer name or drop. Stateless and thread-safe.
 */
final class EntityDiscovery {

  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "and", "de", "da", "do", "das", "del", "der", "van", "von", "bin", "ibn",
          "al", "du", "dos", "la", "le", "the", "y");

  private static final Set<String> DETERMINERS =
      Set.of("The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her");

  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "province",
          "state",
          "city",
          "region",
          "town",
          "village",
          "county",
          "district",
          "island",
          "capital",
          "port",
          "republic",
          "oblast",
          "settlement");

  /**
   * A discovered name; {@code type} is null when no cue decided it. A name typed as a whole by a
   * head noun ({@code subsumes}) replaces the gazetteer names inside it ("Nigeria Labour
   * Congress").
   */
  record Candidate(
      int start, int end, String name, @Nullable EntityType type, int words, boolean subsumes) {
    String lastWord() {
      int space = name.lastIndexOf(' ');
      return space < 0 ? name : name.substring(space + 1);
    }
  }

  List<Candidate> discover(String text, List<Token> tokens, List<Mention> known) {
    boolean[] covered = coverage(tokens, known);
    Set<Integer> placeTokens = new HashSet<>();
    int k = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      while (k < known.size() && known.get(k).end() <= token.start()) {
        k++;
      }
      if (k < known.size()
          && known.get(k).type() == EntityType.PLACE
          && known.get(k).start() <= token.start()) {
        placeTokens.add(t);
      }
    }
    Set<String> lower = Text.lowerCaseWords(tokens);
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!nameLike(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i + 1; // exclusive
      while (end < tokens.size()) {
        Token prev = tokens.get(end - 1);
        Token next = tokens.get(end);
        if (!Text.joined(text, prev.end(), next.start())) {
          break;
        }
        if (nameLike(next)) {
          end++;
        } else if (CONNECTORS.contains(next.text())
            && end + 1 < tokens.size()
            && Text.joined(text, next.end(), tokens.get(end + 1).start())
            && (nameLike(tokens.get(end + 1)) || tokens.get(end + 1).text().equals("the"))) {
          end++;
        } else {
          break;
        }
      }
      while (end > i && !nameLike(tokens.get(end - 1))) {
        end--;
      }
      analyse(text, tokens, covered, placeTokens, lower, i, end, found);
      i = Math.max(end, i + 1);
    }
    return found;
  }

  private static boolean nameLike(Token token) {
    return token.capitalized() && token.hasLetter();
  }

  private static boolean[] coverage(List<Token> tokens, List<Mention> known) {
    boolean[] covered = new boolean[tokens.size()];
    int k = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      while (k < known.size() && known.get(k).end() <= token.start()) {
        k++;
      }
      covered[t] = k < known.size() && known.get(k).start() < token.end();
    }
    return covered;
  }

  /** One run of capitalized words {@code [from, to)}. */
  private void analyse(
      String text,
      List<Token> tokens,
      boolean[] covered,
      Set<Integer> placeTokens,
      Set<String> lower,
      int from,
      int to,
      List<Candidate> found) {
    if (!contains(tokens, from, to, "and")
        && whole(text, tokens, covered, lower, from, to, found)) {
      return;
    }
    int partStart = from;
    for (int t = from; t <= to; t++) {
      if (t < to && !CONNECTORS.contains(tokens.get(t).text())) {
        continue;
      }
      if (partStart < t && !whole(text, tokens, covered, lower, partStart, t, found)) {
        split(text, tokens, covered, placeTokens, lower, partStart, t, found);
      }
      partStart = t + 1;
    }
  }

  private static boolean contains(List<Token> tokens, int from, int to, String word) {
    for (int t = from; t < to; t++) {
      if (tokens.get(t).text().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the run as one name when a head noun ("Fund", "Ministry of", "Airport") or "the province
   * of" before it types it as a whole; the run may then contain gazetteer names.
   */
  private static boolean whole(
      String text,
      List<Token> tokens,
      boolean[] covered,
      Set<String> lower,
      int from,
      int to,
      List<Candidate> found) {
    EntityType whole = null;
    if (organizationHead(tokens, covered, from, to) >= 0) {
      whole = EntityType.ORGANIZATION;
    } else if ((to - from >= 2 && Lexicon.PLACE_HEADS.contains(tokens.get(to - 1).base()))
        || placeOf(text, tokens, from)) {
      whole = EntityType.PLACE;
    }
    if (whole == null) {
      return false;
    }
    int start = from;
    for (int t = from; t < to - 1; t++) {
      Token token = tokens.get(t);
      boolean sentenceStart = t == start && Text.isSentenceStart(text, token.start());
      if (DETERMINERS.contains(token.text())
          || (token.possessive() && covered[t])
          || (sentenceStart
              && (Lexicon.COMMON.contains(token.text())
                  || lower.contains(token.text().toLowerCase(Locale.ROOT))))) {
        start = t + 1;
      }
    }
    if (!anyUncovered(covered, start, to)
        || (to - start == 1 && Text.isSentenceStart(text, tokens.get(start).start()))) {
      return false;
    }
    found.add(candidate(text, tokens, start, to, whole, true));
    return true;
  }

  /** Splits a run at gazetteer names, months and possessives, and types each part. */
  private void split(
      String text,
      List<Token> tokens,
      boolean[] covered,
      Set<Integer> placeTokens,
      Set<String> lower,
      int from,
      int to,
      List<Candidate> found) {
    int runStart = from;
    for (int t = from; t <= to; t++) {
      boolean split =
          t == to || covered[t] || Lexicon.MONTHS_AND_DAYS.contains(tokens.get(t).base());
      if (split) {
        if (runStart < t) {
          name(text, tokens, placeTokens, lower, runStart, t, found);
        }
        runStart = t + 1;
      } else if (tokens.get(t).possessive()) {
        name(text, tokens, placeTokens, lower, runStart, t + 1, found);
        runStart = t + 1;
      }
    }
  }

  /** Index of the head noun that makes the run an organization, or -1. */
  private static int organizationHead(List<Token> tokens, boolean[] covered, int from, int to) {
    for (int t = to - 1; t > from; t--) {
      Token token = tokens.get(t);
      if (!Lexicon.ORG_HEADS.contains(token.base())) {
        continue;
      }
      boolean last = t == to - 1;
      boolean ofFollows =
          t + 1 < to && Set.of("of", "for", "on").contains(tokens.get(t + 1).text());
      boolean placesFollow = true;
      for (int u = t + 1; u < to; u++) {
        placesFollow &= covered[u];
      }
      if (last || ofFollows || placesFollow) {
        return t;
      }
    }
    if (to - from >= 3
        && Lexicon.ORG_HEADS.contains(tokens.get(from).text())
        && tokens.get(from + 1).text().equals("of")) {
      return from;
    }
    return -1;
  }

  private static boolean anyUncovered(boolean[] covered, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!covered[t]) {
        return true;
      }
    }
    return false;
  }

  /** "the province of X", "the Russian city of X": the run names a place. */
  private static boolean placeOf(String text, List<Token> tokens, int from) {
    if (from < 2) {
      return false;
    }
    Token of = tokens.get(from - 1);
    Token noun = tokens.get(from - 2);
    return of.text().equals("of")
        && Text.joined(text, of.end(), tokens.get(from).start())
        && Text.joined(text, noun.end(), of.start())
        && PLACE_NOUNS.contains(noun.text());
  }

  /** A run without gazetteer names or connectors: trim it, then type it from its context. */
  private void name(
      String text,
      List<Token> tokens,
      Set<Integer> placeTokens,
      Set<String> lower,
      int from,
      int to,
      List<Candidate> found) {
    boolean titled = false;
    int start = from;
    while (start < to) {
      Token token = tokens.get(start);
      String word = token.base();
      boolean sentenceStart = Text.isSentenceStart(text, token.start());
      if (isTitle(word) && start + 1 < to) {
        titled = true;
      } else if (!(Lexicon.COMMON.contains(word)
          || Lexicon.DEMONYMS.contains(word)
          || (sentenceStart && lower.contains(word.toLowerCase(Locale.ROOT))))) {
        break;
      }
      start++;
    }
    if (start >= to) {
      return;
    }
    boolean onlyTitles = true;
    for (int t = start; t < to; t++) {
      onlyTitles &= isTitle(tokens.get(t).base());
    }
    if (onlyTitles) {
      return; // "Foreign Minister" before a name the gazetteer knows
    }
    for (int t = start; t < to; t++) {
      String word = tokens.get(t).base();
      if (Lexicon.DEMONYMS.contains(word) || Lexicon.COMMON.contains(word)) {
        return; // "European Union" is in the gazetteer; "Western Allies" is not a name
      }
    }
    Token first = tokens.get(start);
    Token last = tokens.get(to - 1);
    int words = to - start;
    boolean sentenceStart = Text.isSentenceStart(text, first.start());
    String before =
        start > 0 && Text.joined(text, tokens.get(start - 1).end(), first.start())
            ? tokens.get(start - 1).text()
            : "";
    String after = wordAfter(text, tokens, to);
    boolean acronym = words == 1 && first.allCaps() && first.base().length() <= 6;
    if (words == 1 && (sentenceStart || (!titled && tailOfName(text, tokens, start)))) {
      return; // opens a sentence, or is what is left of "Black Sea Initiative": too weak alone
    }
    EntityType type = null;
    if (titled && !acronym) {
      type = EntityType.PERSON;
    } else if (words >= 2 && Lexicon.PLACE_HEADS.contains(last.base())) {
      type = EntityType.PLACE;
    } else if (acronym) {
      boolean cue =
          Lexicon.SAID.contains(after)
              || Lexicon.ORG_AFTER.contains(after)
              || before.equals("the")
              || Lexicon.ORG_BEFORE.contains(before)
              || Lexicon.PERSON_BEFORE.contains(before);
      type = cue ? EntityType.ORGANIZATION : null;
    } else if (Lexicon.PERSON_BEFORE.contains(before)) {
      type = EntityType.PERSON;
    } else if (before.equals("of") && Lexicon.SAID.contains(after)) {
      type = EntityType.ORGANIZATION; // "Stacy Rasgon of Bernstein said"
    } else if (words >= 2 && text.startsWith(", which ", last.baseEnd())) {
      type = EntityType.ORGANIZATION;
    } else if ((before.equals("and") || before.equals("or"))
        && start > 1
        && placeTokens.contains(start - 2)) {
      type = EntityType.PLACE; // "between Jakarta and Surabaya"
    } else if (Lexicon.ORG_BEFORE.contains(before)
        || (Lexicon.ORG_AFTER.contains(after) && !last.possessive())) {
      type = EntityType.ORGANIZATION;
    } else if (Lexicon.PLACE_AFTER.contains(after)) {
      type = EntityType.PLACE;
    } else if (words >= 2 && Lexicon.FIRST_NAMES.contains(first.base())) {
      type = EntityType.PERSON;
    } else if (words >= 2 && (Lexicon.SAID.contains(after) || apposition(text, last.baseEnd()))) {
      type = EntityType.PERSON;
    } else if (Lexicon.PLACE_BEFORE.contains(before) && !sentenceStart && words <= 3) {
      type = EntityType.PLACE;
    } else if (words == 1 && Lexicon.SAID.contains(after) && !sentenceStart) {
      type = EntityType.PERSON;
    } else if (credit(text, first.start(), last.end())) {
      type = EntityType.ORGANIZATION;
    }
    found.add(candidate(text, tokens, start, to, type));
  }

  /** The word follows another capitalized word directly (a known name the run was split at). */
  private static boolean tailOfName(String text, List<Token> tokens, int index) {
    if (index == 0) {
      return false;
    }
    Token previous = tokens.get(index - 1);
    return previous.capitalized()
        && !previous.possessive()
        && Text.joined(text, previous.end(), tokens.get(index).start());
  }

  /** A title ("Minister") or a role word written with a capital ("Striker", "Analyst"). */
  private static boolean isTitle(String word) {
    return Lexicon.TITLES.contains(word)
        || Lexicon.PERSON_BEFORE.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The lower-case word right after the run (skipping a possessive), or "". */
  private static String wordAfter(String text, List<Token> tokens, int to) {
    if (to >= tokens.size()
        || !Text.joined(text, tokens.get(to - 1).end(), tokens.get(to).start())) {
      return "";
    }
    return tokens.get(to).text();
  }

  /** "Name, a ...", "Name, the ...", "Name, who ...": an apposition that describes a person. */
  private static boolean apposition(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 8));
    return rest.startsWith(", a ")
        || rest.startsWith(", an ")
        || rest.startsWith(", who ")
        || rest.startsWith(", the ");
  }

  /** A source credit after a dateline: "MOSCOW (Realist English)." at the start of the text. */
  private static boolean credit(String text, int start, int end) {
    return start > 1
        && start < 80
        && text.charAt(start - 1) == '('
        && end < text.length()
        && text.charAt(end) == ')'
        && text.substring(0, start - 1).strip().chars().noneMatch(Character::isLowerCase);
  }

  private static Candidate candidate(
      String text, List<Token> tokens, int from, int to, @Nullable EntityType type) {
    return candidate(text, tokens, from, to, type, false);
  }

  private static Candidate candidate(
      String text,
      List<Token> tokens,
      int from,
      int to,
      @Nullable EntityType type,
      boolean subsumes) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).baseEnd();
    String name = text.substring(start, end).replace('’', '\'').replaceAll("\\s+", " ");
    return new Candidate(start, end, name, type, to - from, subsumes);
  }
}
