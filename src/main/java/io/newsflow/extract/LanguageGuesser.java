package io.newsflow.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A small, dependency-free language guesser for text whose page declares no language: the script
 * decides for Chinese, Japanese, Korean, Arabic, Greek, Hebrew, Thai and Hindi; for Latin and
 * Cyrillic text, the most frequent stopwords of about fifteen languages vote. Returns an ISO 639-1
 * code, or null when the evidence is too thin. Stateless and thread-safe.
 */
public final class LanguageGuesser {

  private static final int MAX_CHARS = 4000;
  private static final int MIN_HITS = 3;
  private static final Map<String, String[]> STOPWORDS_BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("en", words("the and of to in is that for it was with on as are this by be")),
          Map.entry("de", words("der die und das ist nicht mit sich des auf für ein eine dem den")),
          Map.entry("fr", words("le la les et des est une pour dans que qui du au sur pas avec")),
          Map.entry("es", words("el la los las y que del en por una con para es se como más")),
          Map.entry("it", words("il di che la della per non una sono gli con del nel anche è")),
          Map.entry("pt", words("o os da do que em não uma para com dos das se mais ao é")),
          Map.entry("nl", words("de het een van en dat niet zijn op voor met ook maar wordt")),
          Map.entry("pl", words("i w na nie się z do że to jest o jak przez po czy dla")),
          Map.entry("sv", words("och att det som är på för inte med av till den har om")),
          Map.entry("da", words("og at det som er på for ikke med af til den har om jeg")),
          Map.entry("fi", words("ja on ei että se oli hän ovat mutta kun myös tai joka")),
          Map.entry("cs", words("a je se na že to v ve s z do jako by jsou není pro")),
          Map.entry("tr", words("ve bir bu da de için ile çok daha olarak gibi ama ne")),
          Map.entry("ru", words("и в не на что с по как это он из к но от для за")),
          Map.entry("uk", words("і в не на що з та як це до від за але його є")),
          Map.entry("id", words("dan yang di ini itu dengan untuk tidak dari dalam akan")));
  private static final Map<String, String[]> LANGUAGES_BY_WORD = index();

  private LanguageGuesser() {}

  /** The language of the text, or null when unsure. */
  public static @Nullable String guess(String text) {
    int n = Math.min(text.length(), MAX_CHARS);
    int latin = 0;
    int cyrillic = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int arabic = 0;
    int greek = 0;
    int hebrew = 0;
    int thai = 0;
    int devanagari = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (Character.isLetter(c)) {
          latin++;
        }
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case ARABIC -> arabic++;
        case GREEK -> greek++;
        case HEBREW -> hebrew++;
        case THAI -> thai++;
        case DEVANAGARI -> devanagari++;
        default -> {}
      }
    }
    int letters =
        latin + cyrillic + han + kana + hangul + arabic + greek + hebrew + thai + devanagari;
    if (letters < 20) {
      return null;
    }
    if (kana * 10 > letters) {
      return "ja";
    }
    if (hangul * 3 > letters) {
      return "ko";
    }
    if (han * 3 > letters) {
      return "zh";
    }
    if (arabic * 2 > letters) {
      return "ar";
    }
    if (greek * 2 > letters) {
      return "el";
    }
    if (hebrew * 2 > letters) {
      return "he";
    }
    if (thai * 2 > letters) {
      return "th";
    }
    if (devanagari * 2 > letters) {
      return "hi";
    }
    return byStopwords(text.substring(0, n));
  }

  private static @Nullable String byStopwords(String text) {
    Map<String, Integer> votes = new HashMap<>();
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String[] languages = LANGUAGES_BY_WORD.get(lower.substring(start, i));
        if (languages != null) {
          for (String language : languages) {
            votes.merge(language, 1, Integer::sum);
          }
        }
        start = -1;
      }
    }
    String best = null;
    int bestVotes = MIN_HITS - 1;
    for (var entry : votes.entrySet()) {
      if (entry.getValue() > bestVotes
          || (entry.getValue() == bestVotes
              && best != null
              && entry.getKey().compareTo(best) < 0)) {
        best = entry.getKey();
        bestVotes = entry.getValue();
      }
    }
    return best;
  }

  private static String[] words(String list) {
    return list.split(" ");
  }

  private static Map<String, String[]> index() {
    Map<String, String[]> index = new HashMap<>();
    STOPWORDS_BY_LANGUAGE.forEach(
        (language, words) -> {
          for (String word : words) {
            String[] old = index.getOrDefault(word, new String[0]);
            String[] merged = java.util.Arrays.copyOf(old, old.length + 1);
            merged[old.length] = language;
            index.put(word, merged);
          }
        });
    return Map.copyOf(index);
  }
}
