package io.newsflow.bench;

import io.newsflow.demo.DemoCorpus;
import io.newsflow.demo.DemoStory;
import io.newsflow.tag.Gazetteer;
import io.newsflow.tag.KeywordExtractor;
import io.newsflow.tag.LanguageDetection;
import io.newsflow.tag.RuleFile;
import io.newsflow.tag.RuleMatcher;
import io.newsflow.tag.TagConfig;
import io.newsflow.tag.TagInput;
import io.newsflow.tag.TagRule;
import io.newsflow.tag.TaggedJson;
import io.newsflow.tag.Tagger;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench tag}: tags news articles on one thread with the built-in gazetteer and {@code
 * --rules} rules, in batches as the consumer tags them, after a warm-up pass, and prints the median
 * articles/s of the timed passes as its last line. The articles are the demo corpus's stories
 * (English, German, French, Spanish; cycled to {@code --articles}); the rules are the starter rules
 * plus rules generated from the corpus's own vocabulary (terms, phrases, proximity, wildcards,
 * boolean combinations and field queries), so how many rules each article could match is what real
 * text gives.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Tagging throughput on one thread; prints articles/s as the last line.")
public class TagBench implements Callable<Integer> {

  @Option(names = "--articles", defaultValue = "2000", description = "Articles per pass.")
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
    List<DemoStory> stories = DemoCorpus.load().stories();
    List<TagInput> inputs = new ArrayList<>();
    long chars = 0;
    for (int n = 0; n < articles; n++) {
      DemoStory story = stories.get(n % stories.size());
      TagInput input = new TagInput(story.title(), story.text(), "bench", null);
      chars += input.text().length();
      inputs.add(input);
    }
    try (RuleMatcher matcher = new RuleMatcher()) {
      List<TagRule> all = new ArrayList<>(RuleFile.builtIn());
      List<String> vocabulary = vocabulary(stories);
      SplittableRandom random = new SplittableRandom(42);
      for (int i = all.size(); i < rules; i++) {
        all.add(new TagRule("bench-" + i, query(random, vocabulary), "bench:" + i));
      }
      matcher.update(all.subList(0, Math.min(all.size(), rules)));
      Runtime runtime = Runtime.getRuntime();
      runtime.gc();
      long before = runtime.totalMemory() - runtime.freeMemory();
      List<String> codes = Arrays.asList(TagConfig.DEFAULT_LANGUAGES.split(","));
      LanguageDetection languages = new LanguageDetection(codes);
      runtime.gc();
      long after = runtime.totalMemory() - runtime.freeMemory();
      System.out.printf(
          Locale.ROOT,
          "tag: language models for %d languages: %.0f MB heap%n",
          codes.size(),
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
      double[] cpuRates = new double[passes];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int p = 0; p < passes; p++) {
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        sink += pass(tagger, inputs);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        rates[p] = inputs.size() / seconds;
        cpuRates[p] = inputs.size() / cpuSeconds;
        System.out.printf(
            Locale.ROOT,
            "tag: pass %d: %.0f articles/s (%.0f per CPU-second of the tagging thread)%n",
            p + 1,
            rates[p],
            cpuRates[p]);
      }
      Arrays.sort(rates);
      Arrays.sort(cpuRates);
      System.out.printf(
          Locale.ROOT,
          "tag: median %.0f articles per CPU-second of the tagging thread (wall-clock figure below"
              + " is lower when other processes share the cores)%n",
          cpuRates[cpuRates.length / 2]);
      System.out.printf(
          Locale.ROOT,
          "tag: %d stories cycled, %d characters on average, %d entities, tags and topics per"
              + " pass%n",
          stories.size(),
          chars / inputs.size(),
          sink / (passes + 1));
      System.out.printf(
          Locale.ROOT,
          "tag: %d articles, %d rules, %.0f articles/s%n",
          inputs.size(),
          matcher.size(),
          rates[rates.length / 2]);
    }
    return 0;
  }

  private static long pass(Tagger tagger, List<TagInput> inputs) {
    long sink = 0;
    for (int from = 0; from < inputs.size(); from += TaggedJson.BATCH) {
      List<TagInput> batch = inputs.subList(from, Math.min(inputs.size(), from + TaggedJson.BATCH));
      for (var tags : tagger.tagAll(batch)) {
        sink += tags.entities().size() + tags.tags().size() + tags.topics().size();
      }
    }
    return sink;
  }

  /** Distinct words of four letters or more in the stories, lower case, in a stable order. */
  public static List<String> vocabulary(List<DemoStory> stories) {
    Set<String> words = new TreeSet<>();
    for (DemoStory story : stories) {
      for (String word : (story.title() + " " + story.text()).split("[^\\p{L}]+")) {
        if (word.length() >= 4) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(words);
  }

  /** A rule query over the vocabulary, in one of the forms operators write. */
  public static String query(SplittableRandom random, List<String> vocabulary) {
    String a = vocabulary.get(random.nextInt(vocabulary.size()));
    String b = vocabulary.get(random.nextInt(vocabulary.size()));
    String c = vocabulary.get(random.nextInt(vocabulary.size()));
    switch (random.nextInt(6)) {
      case 0:
        return a;
      case 1:
        return a + " AND " + b;
      case 2:
        return "\"" + a + " " + b + "\"~5";
      case 3:
        return a.substring(0, a.length() - 1) + "* AND NOT " + b;
      case 4:
        return "(" + a + " OR " + b + ") AND title:" + c;
      default:
        return "\"" + a + " " + b + "\" OR (" + c + " AND language:en)";
    }
  }
}
