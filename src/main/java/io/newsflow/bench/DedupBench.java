package io.newsflow.bench;

import io.newsflow.dedup.BatchDeduplicator;
import io.newsflow.dedup.DedupInput;
import io.newsflow.dedup.DedupSettings;
import io.newsflow.dedup.DedupStatus;
import io.newsflow.dedup.Verdict;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench dedup}: fills a {@link BatchDeduplicator} with {@code --remembered} generated
 * articles spread over six days (inside the seven-day window), then times {@code --articles} new
 * ones through fingerprinting and lookup on one thread, a {@code --duplicates} share of them edited
 * copies of remembered articles (exact copies, a boilerplate line added at top and bottom, a
 * sentence removed). Prints articles/s, microseconds per article, bytes of state per remembered
 * article and heap used; the last line is the figure.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = "Deduplication throughput on one thread with many articles remembered.")
public class DedupBench implements Callable<Integer> {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration SPREAD = Duration.ofDays(6);

  @Option(
      names = "--remembered",
      defaultValue = "1000000",
      description = "Articles remembered before timing (default 1000000).")
  int remembered;

  @Option(
      names = "--articles",
      defaultValue = "20000",
      description = "Articles timed (default 20000).")
  int articles;

  @Option(
      names = "--duplicates",
      defaultValue = "0.1",
      description = "Share of the timed articles that are edited copies (default 0.1).")
  double duplicates;

  @Option(
      names = "--entities",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Give articles entity names, for story grouping (default); --no-entities leaves them"
              + " out, to time fingerprints and bands alone.")
  boolean entities;

  @Override
  public Integer call() {
    if (remembered < 0 || articles < 1 || !(duplicates >= 0 && duplicates <= 1)) {
      System.err.println(
          "bench dedup: --remembered must not be negative, --articles must be positive and"
              + " --duplicates in [0, 1]");
      return 2;
    }
    if (duplicates > 0 && remembered == 0) {
      System.err.println("bench dedup: --duplicates needs remembered articles to copy");
      return 2;
    }
    SyntheticArticles generator = new SyntheticArticles(entities);
    Instant timedFrom = START.plus(SPREAD);
    BatchDeduplicator deduplicator =
        new BatchDeduplicator(DedupSettings.defaults(), timedFrom.plus(Duration.ofDays(1)));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long prefillStart = System.nanoTime();
    long prefillCpu = threads.getCurrentThreadCpuTime();
    long generating = 0;
    for (int n = 0; n < remembered; n++) {
      long before = System.nanoTime();
      DedupInput article =
          generator.article(n, START.plus(SPREAD.multipliedBy(n).dividedBy(remembered)));
      generating += System.nanoTime() - before;
      deduplicator.accept(article);
      if ((n + 1) % 100_000 == 0) {
        System.out.printf(
            Locale.ROOT,
            "dedup: remembered %d in %.1f s%n",
            n + 1,
            (System.nanoTime() - prefillStart) / 1e9);
      }
    }
    double prefillSeconds = (System.nanoTime() - prefillStart) / 1e9;
    double prefillCpuSeconds = (threads.getCurrentThreadCpuTime() - prefillCpu) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "dedup: prefill of %d articles: %.1f s (%.1f s CPU; %.1f s of it generating text), %.0f"
            + " articles/s%n",
        remembered,
        prefillSeconds,
        prefillCpuSeconds,
        generating / 1e9,
        remembered / prefillSeconds);

    SplittableRandom random = new SplittableRandom(42);
    List<DedupInput> inputs = new ArrayList<>(articles);
    Set<String> planted = new HashSet<>();
    for (int i = 0; i < articles; i++) {
      Instant at = timedFrom.plus(Duration.ofHours(1).multipliedBy(i).dividedBy(articles));
      if (random.nextDouble() < duplicates) {
        DedupInput original = generator.article(random.nextInt(remembered), at);
        DedupInput copy = edited(original, remembered + i, random);
        planted.add(copy.id());
        inputs.add(copy);
      } else {
        inputs.add(generator.article(remembered + i, at));
      }
    }

    Runtime runtime = Runtime.getRuntime();
    runtime.gc();
    long heap = runtime.totalMemory() - runtime.freeMemory();
    long[] nanos = new long[articles];
    Map<DedupStatus, Integer> verdicts = new EnumMap<>(DedupStatus.class);
    int found = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < articles; i++) {
      long before = System.nanoTime();
      Verdict verdict = deduplicator.accept(inputs.get(i)).orElseThrow();
      nanos[i] = System.nanoTime() - before;
      verdicts.merge(verdict.status(), 1, Integer::sum);
      if (verdict.status().duplicate() && planted.contains(verdict.id())) {
        found++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "dedup: per article: p50 %.1f µs, p99 %.1f µs, max %.1f µs%n",
        nanos[articles / 2] / 1e3,
        nanos[Math.min(articles - 1, (int) (articles * 0.99))] / 1e3,
        nanos[articles - 1] / 1e3);
    System.out.printf(
        Locale.ROOT,
        "dedup: verdicts %s; planted duplicates found %d of %d%n",
        verdicts,
        found,
        planted.size());
    System.out.printf(
        Locale.ROOT,
        "dedup: state: %d articles remembered, %d bucket entries, %d bytes, %.0f bytes per"
            + " article; heap used %.0f MB of %.0f MB max%n",
        deduplicator.rememberedArticles(),
        deduplicator.stateEntries(),
        deduplicator.stateBytes(),
        (double) deduplicator.stateBytes() / Math.max(1, deduplicator.rememberedArticles()),
        heap / 1e6,
        runtime.maxMemory() / 1e6);
    System.out.printf(
        Locale.ROOT,
        "dedup: %.0f articles per CPU-second of the deduplicating thread%n",
        articles / cpuSeconds);
    System.out.printf(
        Locale.ROOT,
        "dedup: %d articles, %d remembered, %.0f articles/s%n",
        articles,
        remembered,
        articles / seconds);
    return 0;
  }

  /**
   * An edited copy of {@code original} under a new id: exact, boilerplate lines, a sentence cut.
   */
  private static DedupInput edited(DedupInput original, long n, SplittableRandom random) {
    String text = original.text();
    switch (random.nextInt(3)) {
      case 0:
        break;
      case 1:
        text =
            "Follow us for the latest news.\n"
                + text
                + "\n© 2026 Bench Gazette. All rights reserved.";
        break;
      default:
        String[] sentences = text.split("(?<=\\.) ");
        int cut = 1 + random.nextInt(Math.max(1, sentences.length - 1));
        List<String> kept = new ArrayList<>(Arrays.asList(sentences));
        if (cut < kept.size()) {
          kept.remove(cut);
        }
        text = String.join(" ", kept);
        break;
    }
    return new DedupInput(
        SyntheticArticles.id(n),
        text,
        "https://copy.example/news/" + n,
        original.title(),
        original.publishedAt(),
        original.entities());
  }
}
