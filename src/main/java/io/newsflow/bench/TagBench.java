package io.newsflow.bench;

import io.newsflow.tag.Gazetteer;
import io.newsflow.tag.KeywordExtractor;
import io.newsflow.tag.LanguageDetection;
import io.newsflow.tag.RuleFile;
import io.newsflow.tag.RuleMatcher;
import io.newsflow.tag.TagConfig;
import io.newsflow.tag.TagInput;
import io.newsflow.tag.TagRule;
import io.newsflow.tag.Tagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench tag}: tags generated news articles on one thread with the built-in gazetteer and
 * {@code --rules} rules (the starter rules plus rules generated from a news vocabulary: terms,
 * phrases, proximity, wildcards and boolean combinations), after a warm-up pass. Prints the median
 * articles/s of the timed passes as its last line.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Tagging throughput on one thread; prints articles/s as the last line.")
public class TagBench implements Callable<Integer> {

  private static final String[] WORDS =
      ("government minister election parliament ceasefire talks troops missile drone border"
              + " economy inflation bank market shares oil gas energy prices budget tax court judge"
              + " police protest strike workers union hospital vaccine health school students"
              + " climate flood storm drought wildfire football league coach match tournament"
              + " festival film museum church refugees migrants sanctions exports tariffs trade"
              + " summit treaty agreement negotiations president spokesman officials city region"
              + " village farmers harvest grain port ships railway airport satellite rocket"
              + " research scientists technology software cyberattack hackers internet network")
          .split(" ");
  private static final String[] PEOPLE = {
    "President Donald Trump",
    "Vladimir Putin",
    "Volodymyr Zelensky",
    "Keir Starmer",
    "Emmanuel Macron",
    "Foreign Minister Sergey Lavrov",
    "Kremlin spokesman Dmitry Peskov",
    "analyst Maria Kowalski",
    "Defense Minister Rustem Umerov",
    "Anna Matveeva"
  };
  private static final String[] PLACES = {
    "Kyiv",
    "Moscow",
    "Riyadh",
    "Sumy",
    "London",
    "Washington",
    "Istanbul",
    "Poltava",
    "Berlin",
    "Nairobi",
    "Jakarta",
    "Lima"
  };
  private static final String[] ORGS = {
    "NATO",
    "the United Nations",
    "Reuters",
    "AFP",
    "the European Union",
    "the IMF",
    "the Russian Direct Investment Fund",
    "the World Health Organization"
  };

  @Option(names = "--articles", defaultValue = "2000", description = "Generated articles.")
  int articles;

  @Option(names = "--rules", defaultValue = "1000", description = "Rules loaded in total.")
  int rules;

  @Option(names = "--passes", defaultValue = "3", description = "Timed passes.")
  int passes;

  @Override
  public Integer call() {
    if (articles < 1 || rules < 0 || passes < 1) {
      System.err.println("bench tag: --articles and --passes must be positive");
      return 2;
    }
    List<TagInput> inputs = new ArrayList<>();
    long chars = 0;
    for (int n = 0; n < articles; n++) {
      TagInput input = article(n);
      chars += input.text().length();
      inputs.add(input);
    }
    try (RuleMatcher matcher = new RuleMatcher()) {
      List<TagRule> all = new ArrayList<>(RuleFile.builtIn());
      SplittableRandom random = new SplittableRandom(42);
      for (int i = all.size(); i < rules; i++) {
        all.add(new TagRule("bench-" + i, query(random), "bench:" + i));
      }
      matcher.update(all.subList(0, Math.min(all.size(), Math.max(rules, 0))));
      Runtime runtime = Runtime.getRuntime();
      runtime.gc();
      long before = runtime.totalMemory() - runtime.freeMemory();
      LanguageDetection languages =
          new LanguageDetection(Arrays.asList(TagConfig.DEFAULT_LANGUAGES.split(",")));
      runtime.gc();
      long after = runtime.totalMemory() - runtime.freeMemory();
      System.out.printf(
          Locale.ROOT,
          "tag: language models for %d languages: %.0f MB heap%n",
          TagConfig.DEFAULT_LANGUAGES.split(",").length,
          (after - before) / 1e6);
      Tagger tagger =
          new Tagger(
              languages,
              Gazetteer.builtIn(),
              matcher,
              new KeywordExtractor(TagConfig.MAX_TERMS),
              10);
      long sink = pass(tagger, inputs);
      double[] rates = new double[passes];
      for (int p = 0; p < passes; p++) {
        long start = System.nanoTime();
        sink += pass(tagger, inputs);
        double seconds = (System.nanoTime() - start) / 1e9;
        rates[p] = inputs.size() / seconds;
        System.out.printf(Locale.ROOT, "tag: pass %d: %.0f articles/s%n", p + 1, rates[p]);
      }
      Arrays.sort(rates);
      if (sink == 42) {
        System.out.println();
      }
      System.out.printf(
          Locale.ROOT,
          "tag: %d articles (%d chars on average), %d rules, %.0f articles/s%n",
          inputs.size(),
          chars / inputs.size(),
          matcher.size(),
          rates[rates.length / 2]);
    }
    return 0;
  }

  private static long pass(Tagger tagger, List<TagInput> inputs) {
    long sink = 0;
    for (TagInput input : inputs) {
      var tags = tagger.tag(input);
      sink += tags.entities().size() + tags.tags().size() + tags.topics().size();
    }
    return sink;
  }

  private static String query(SplittableRandom random) {
    String a = WORDS[random.nextInt(WORDS.length)];
    String b = WORDS[random.nextInt(WORDS.length)];
    String c = WORDS[random.nextInt(WORDS.length)];
    switch (random.nextInt(5)) {
      case 0:
        return a + " AND " + b;
      case 1:
        return "\"" + a + " " + b + "\"~3";
      case 2:
        return a.substring(0, Math.max(3, a.length() - 2)) + "* AND NOT " + b;
      case 3:
        return "(" + a + " OR " + b + ") AND title:" + c;
      default:
        return "\"" + a + " " + b + "\" OR (" + c + " AND language:en)";
    }
  }

  /** A deterministic article of about 2,500 characters with people, places and organizations. */
  static TagInput article(int n) {
    SplittableRandom random = new SplittableRandom(n * 31L + 7);
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 6; p++) {
      for (int s = 0; s < 3; s++) {
        String who = PEOPLE[random.nextInt(PEOPLE.length)];
        String where = PLACES[random.nextInt(PLACES.length)];
        String org = ORGS[random.nextInt(ORGS.length)];
        text.append(who)
            .append(" said in ")
            .append(where)
            .append(" that the ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(' ')
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(" would depend on ")
            .append(org)
            .append(" and the ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(" of ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(", according to a report on Monday. ");
      }
      text.append("\n\n");
    }
    String title =
        WORDS[random.nextInt(WORDS.length)] + " talks in " + PLACES[random.nextInt(PLACES.length)];
    return new TagInput(title, text.toString().strip(), "bench", null);
  }
}
