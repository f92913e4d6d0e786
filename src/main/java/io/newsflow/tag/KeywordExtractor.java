package io.newsflow.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * An article's key phrases by TF-IDF, with document frequencies learned from the stream itself.
 * Candidates are runs of one to three words between stopwords and punctuation; a phrase scores its
 * count in the article times the summed inverse document frequency of its words over the square
 * root of its length, so words every article uses sink as the stream goes on. A phrase inside a
 * better one is left out. At most {@code maxTerms} distinct words are counted; later new words
 * count as rare. Thread-safe.
 */
public final class KeywordExtractor {

  private static final int MAX_WORDS = 3;
  private static final Set<String> STOPWORDS =
      Arrays.stream(
              ("""
              a about above after again against ago all almost also although am among an and
              another any are around as at be because been before being below between both but by
              can could did do does doing down during each either else even ever every few first
              for from further had has have having he her here hers herself him himself his how
              however i if in into is it its itself just last least less like made make many may
              me might more most much must my myself near neither never new next no nor not now of
              off on once one only or other others our ours ourselves out over own per perhaps
              quite rather said same say says saying see seen she should since so some such than
              that the their theirs them themselves then there these they this those though
              through thus to told too two under until up upon us very via was we were what when
              where whether which while who whom whose why will with within without would yet you
              your yours yourself also according added told just week weeks year years day days
              time times month months monday tuesday wednesday thursday friday saturday sunday
              mr mrs ms dr percent people including include includes still already around back
              well way get got go going went come came take took three four five six seven eight
              nine ten hundred thousand million billion earlier later today yesterday tomorrow
              """)
                  .trim()
                  .split("\\s+"))
          .collect(Collectors.toUnmodifiableSet());

  /** Titles and demonyms: frequent in news, never key on their own. */
  private static final Set<String> WEAK =
      java.util.stream.Stream.concat(Lexicon.TITLES.stream(), Lexicon.DEMONYMS.stream())
          .map(w -> w.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());

  private final int maxTerms;
  private final Map<String, LongAdder> documentFrequency = new ConcurrentHashMap<>();
  private final AtomicLong documents = new AtomicLong();

  public KeywordExtractor(int maxTerms) {
    if (maxTerms < 1) {
      throw new IllegalArgumentException("maxTerms must be positive: " + maxTerms);
    }
    this.maxTerms = maxTerms;
  }

  /** The top {@code limit} key phrases of the text (lower case), best first; learns from it. */
  public List<String> keywords(String text, int limit) {
    Map<String, Integer> phrases = new LinkedHashMap<>();
    Set<String> words = new HashSet<>();
    List<String> run = new ArrayList<>();
    int lastEnd = 0;
    for (Text.Token token : Text.tokens(text)) {
      String word = token.base().toLowerCase(Locale.ROOT);
      boolean gapBreaks = !run.isEmpty() && breaksBetween(text, lastEnd, token.start());
      if (gapBreaks) {
        addRun(run, phrases);
        run.clear();
      }
      if (!usable(word)) {
        addRun(run, phrases);
        run.clear();
        continue;
      }
      words.add(word);
      run.add(word);
      lastEnd = token.end();
    }
    addRun(run, phrases);
    learn(words);
    double n = documents.get();
    Map<String, Double> scores = new HashMap<>();
    for (Map.Entry<String, Integer> phrase : phrases.entrySet()) {
      double idf = 0;
      String[] phraseWords = phrase.getKey().split(" ");
      for (String word : phraseWords) {
        LongAdder df = documentFrequency.get(word);
        idf += Math.log((n + 1) / ((df == null ? 0 : df.sum()) + 1)) + 1;
      }
      scores.put(phrase.getKey(), phrase.getValue() * idf / Math.sqrt(phraseWords.length));
    }
    List<String> ranked = new ArrayList<>(scores.keySet());
    ranked.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
    List<String> chosen = new ArrayList<>();
    for (String phrase : ranked) {
      if (chosen.size() >= limit) {
        break;
      }
      if (chosen.stream().noneMatch(c -> overlaps(c, phrase))) {
        chosen.add(phrase);
      }
    }
    return chosen;
  }

  /** Punctuation between two words ends a phrase; a space or a hyphen does not. */
  private static boolean breaksBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '-') {
        return true;
      }
    }
    return false;
  }

  private static boolean usable(String word) {
    return word.length() > 2
        && !STOPWORDS.contains(word)
        && !WEAK.contains(word)
        && Character.isLetter(word.charAt(0))
        && word.indexOf('.') < 0
        && word.chars().noneMatch(Character::isDigit);
  }

  private static void addRun(List<String> run, Map<String, Integer> phrases) {
    for (int i = 0; i < run.size(); i++) {
      for (int len = 1; len <= MAX_WORDS && i + len <= run.size(); len++) {
        phrases.merge(String.join(" ", run.subList(i, i + len)), 1, Integer::sum);
      }
    }
  }

  private void learn(Set<String> words) {
    documents.incrementAndGet();
    for (String word : words) {
      LongAdder df = documentFrequency.get(word);
      if (df == null && documentFrequency.size() < maxTerms) {
        df = documentFrequency.computeIfAbsent(word, k -> new LongAdder());
      }
      if (df != null) {
        df.increment();
      }
    }
  }

  private static boolean overlaps(String chosen, String candidate) {
    return (" " + chosen + " ").contains(" " + candidate + " ")
        || (" " + candidate + " ").contains(" " + chosen + " ");
  }
}
