package io.newsflow.extract;

import io.newsflow.article.Json;
import io.newsflow.cli.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Batch extraction: reads a directory of HTML files (or a WARC file) and writes one JSON object per
 * page to a JSONL file. With {@code --passes}, also measures single-threaded throughput and prints
 * the median pages/s of the timed passes as the last line. A page that fails never stops the run.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extracts article text and metadata from a directory of *.html, *.htm, *.html.gz and"
            + " *.gz files, or from a WARC file, into JSON lines.")
public final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Directory of pages, or a WARC file.")
  Path input;

  @Option(names = "--output", required = true, description = "JSONL file to write.")
  Path output;

  @Option(names = "--site-rules", description = "JSON file of per-site rules.")
  @Nullable Path siteRules;

  @Option(names = "--warmup", defaultValue = "0", description = "Untimed passes (benchmark).")
  int warmup;

  @Option(names = "--passes", defaultValue = "0", description = "Timed passes (benchmark).")
  int passes;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public ExtractCommand() {}

  public static void main(String... args) {
    System.exit(new CommandLine(new ExtractCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (!java.nio.file.Files.exists(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input: no such file or directory: " + input);
    }
    if (warmup < 0 || passes < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--warmup and --passes must not be negative");
    }
    ExtractionConfig config = ExtractionConfig.defaults();
    if (siteRules != null) {
      config = config.withSiteRules(SiteRules.load(siteRules));
    }
    ArticleExtractor extractor = new ArticleExtractor(config);
    Instant now = Instant.now();
    List<PageSource.Page> pages = new ArrayList<>();
    int[] counts = new int[4];
    PrintWriter out = spec.commandLine().getOut();
    boolean warc = !Files.isDirectory(input);
    try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Progress progress =
            warc
                ? Progress.bytes("extract", Files.size(input))
                : Progress.start("extract", PageSource.count(input))) {
      PageSource.read(
          input,
          page -> {
            if (passes > 0 && page.error() == null) {
              pages.add(page);
            }
            Map<String, Object> line = extractLine(extractor, page, now, counts);
            try {
              writer.write(Json.write(line));
              writer.write('\n');
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            if (!warc) {
              progress.step();
            }
          },
          warc ? progress::advanceTo : position -> {});
    }
    out.printf(
        Locale.ROOT,
        "extract: %d pages, %d articles, %d not-an-article, %d failed%n",
        counts[0],
        counts[1],
        counts[2],
        counts[3]);
    if (passes > 0) {
      double median = benchmark(extractor, pages, now);
      out.printf(Locale.ROOT, "extract: %d pages, median %.1f pages/s%n", pages.size(), median);
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> extractLine(
      ArticleExtractor extractor, PageSource.Page page, Instant now, int[] counts) {
    counts[0]++;
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", page.id());
    if (page.error() != null) {
      counts[3]++;
      line.put("outcome", "failed");
      line.put("reason", page.error());
      return line;
    }
    Instant fetchedAt = page.fetchedAt() != null ? page.fetchedAt() : now;
    ExtractionOutcome outcome =
        extractor.extract(page.html(), page.url(), page.headers(), fetchedAt);
    if (outcome instanceof ExtractionOutcome.Extracted extracted) {
      counts[1]++;
      line.put("outcome", "article");
      putArticle(line, extracted.page());
    } else if (outcome instanceof ExtractionOutcome.NotAnArticle notAnArticle) {
      counts[2]++;
      line.put("outcome", "not-an-article");
      line.put("reason", notAnArticle.reason());
    } else if (outcome instanceof ExtractionOutcome.Failed failed) {
      counts[3]++;
      line.put("outcome", "failed");
      line.put("reason", failed.reason());
    }
    return line;
  }

  private static void putArticle(Map<String, Object> line, ExtractedPage page) {
    putIfPresent(line, "title", page.title());
    line.put("text", page.text());
    line.put("authors", page.authors());
    putIfPresent(line, "publishedAt", page.publishedAt());
    putIfPresent(line, "modifiedAt", page.modifiedAt());
    putIfPresent(line, "language", page.language());
    line.put("canonicalUrl", page.canonicalUrl());
    putIfPresent(line, "siteName", page.siteName());
    putIfPresent(line, "section", page.section());
    putIfPresent(line, "description", page.description());
    putIfPresent(line, "imageUrl", page.imageUrl());
    line.put("keywords", page.keywords());
    line.put("paywalled", page.paywalled());
    putIfPresent(line, "dateline", page.dateline());
    line.put("wordCount", page.wordCount());
  }

  private static void putIfPresent(Map<String, Object> line, String key, @Nullable Object value) {
    if (value != null) {
      line.put(key, value);
    }
  }

  /** Median pages/s over the timed passes; warm-up passes are not timed. */
  private double benchmark(ArticleExtractor extractor, List<PageSource.Page> pages, Instant now) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += runPass(extractor, pages, now);
    }
    double[] rates = new double[passes];
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      sink += runPass(extractor, pages, now);
      long elapsed = Math.max(1, System.nanoTime() - start);
      rates[i] = pages.size() / (elapsed / 1e9);
    }
    if (sink == 42) {
      spec.commandLine().getErr().println();
    }
    Arrays.sort(rates);
    int mid = rates.length / 2;
    return rates.length % 2 == 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
  }

  private static long runPass(
      ArticleExtractor extractor, List<PageSource.Page> pages, Instant now) {
    long sink = 0;
    for (PageSource.Page page : pages) {
      Instant fetchedAt = page.fetchedAt() != null ? page.fetchedAt() : now;
      ExtractionOutcome outcome =
          extractor.extract(page.html(), page.url(), page.headers(), fetchedAt);
      sink += outcome.hashCode() & 1;
    }
    return sink;
  }
}
