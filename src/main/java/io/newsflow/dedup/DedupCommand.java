package io.newsflow.dedup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import io.newsflow.cli.Progress;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Batch deduplication: reads article JSON lines in order ({@code id} and {@code text} required;
 * {@code url}, {@code title}, {@code publishedAt} and {@code entities} used when present) and
 * writes one verdict line per article, {@code {"id", "status", "duplicateOf", "similarity",
 * "storyId"}}, deciding as the topology does. A repeated id with the same text is a replay and gets
 * no second line; a line that is not an article is reported on stderr and skipped.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = "Marks exact and near-duplicate articles in JSON lines and groups stories.")
public final class DedupCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "JSONL file of articles, in order.")
  Path input;

  @Option(names = "--output", required = true, description = "JSONL file of verdicts to write.")
  Path output;

  @Option(
      names = "--threshold",
      defaultValue = "0.8",
      description = "Estimated Jaccard similarity of word 5-shingles for a near copy.")
  double threshold;

  @Option(
      names = "--containment",
      defaultValue = "0.9",
      description = "Share of a shorter text found in a longer one for a copy cut short; 0: off.")
  double containment;

  @Option(
      names = "--window",
      defaultValue = "P7D",
      description = "How far apart in time two articles can be and still be duplicates.")
  Duration window;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DedupSettings defaults = DedupSettings.defaults();
    DedupSettings settings;
    try {
      settings =
          new DedupSettings(
              threshold,
              containment,
              defaults.minWords(),
              window,
              defaults.storyWindow(),
              defaults.maxCandidates(),
              defaults.storyTerms(),
              defaults.storyMinShared(),
              defaults.storyMinOverlap());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    BatchDeduplicator dedup = new BatchDeduplicator(settings);
    Map<DedupStatus, Integer> counts = new EnumMap<>(DedupStatus.class);
    int replays = 0;
    int skipped = 0;
    PrintWriter err = spec.commandLine().getErr();
    long lines;
    try (var all = Files.lines(input, StandardCharsets.UTF_8)) {
      lines = all.count();
    }
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Progress progress = Progress.start("dedup", lines)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        progress.advanceTo(number);
        if (line.isBlank()) {
          continue;
        }
        Optional<Verdict> verdict;
        try {
          ObjectNode article = DedupInputs.object(line.getBytes(StandardCharsets.UTF_8));
          if (!article.has("text")
              && !"article".equals(article.path("outcome").asText("article"))) {
            skipped++; // a page extract found not to be an article
            continue;
          }
          verdict = dedup.accept(DedupInputs.of(article));
        } catch (IllegalArgumentException e) {
          err.printf(Locale.ROOT, "%s:%d: not an article: %s%n", input, number, e.getMessage());
          skipped++;
          continue;
        }
        if (verdict.isEmpty()) {
          replays++;
          continue;
        }
        counts.merge(verdict.get().status(), 1, Integer::sum);
        writer.write(Json.write(verdict.get()));
        writer.newLine();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "dedup: %d unique, %d exact, %d near, %d replays, %d not articles%n",
        counts.getOrDefault(DedupStatus.UNIQUE, 0),
        counts.getOrDefault(DedupStatus.EXACT, 0),
        counts.getOrDefault(DedupStatus.NEAR, 0),
        replays,
        skipped);
    out.flush();
    err.flush();
    return 0;
  }
}
