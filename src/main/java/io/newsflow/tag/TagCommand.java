package io.newsflow.tag;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import io.newsflow.cli.Progress;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Batch tagging: reads article JSON lines (as {@code extract} writes them; {@code id} and {@code
 * text} suffice, {@code title} is used when present) and writes each with its tags, through the
 * same {@link TaggedJson} the consumer uses, in batches of {@value TaggedJson#BATCH}. A line that
 * cannot be tagged is written as {@code {"outcome": "failed", "reason": ...}} in its place and
 * never stops the run; lines {@code extract} marked as not an article are skipped.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description =
        "Tags article JSON lines with language, entities, rule tags, IPTC topics and keywords.")
public final class TagCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "JSONL file of articles.")
  Path input;

  @Option(names = "--output", required = true, description = "JSONL file to write.")
  Path output;

  @Option(names = "--rules", description = "YAML rules file (default: the built-in rules).")
  @Nullable Path rules;

  @Option(names = "--gazetteer", description = "YAML gazetteer (default: the built-in one).")
  @Nullable Path gazetteer;

  @Option(
      names = "--languages",
      split = ",",
      description = "ISO 639-1 codes to detect (default: ${DEFAULT-VALUE}).",
      defaultValue = TagConfig.DEFAULT_LANGUAGES)
  java.util.List<String> languages;

  @Option(names = "--max-keywords", defaultValue = "10", description = "Key phrases per article.")
  int maxKeywords;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public TagCommand() {}

  public static void main(String... args) {
    System.exit(new CommandLine(new TagCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    int[] counts = new int[3];
    try (RuleMatcher matcher = new RuleMatcher()) {
      matcher.update(rules == null ? RuleFile.builtIn() : RuleFile.load(rules.toString()));
      Gazetteer names =
          gazetteer == null
              ? Gazetteer.builtIn()
              : TagResources.loadGazetteer(gazetteer.toString());
      Tagger tagger =
          new Tagger(
              new LanguageDetection(languages),
              names,
              matcher,
              new KeywordExtractor(TagConfig.MAX_TERMS),
              maxKeywords);
      TaggedJson tagged = new TaggedJson(tagger);
      long lines;
      try (var all = Files.lines(input, StandardCharsets.UTF_8)) {
        lines = all.count();
      }
      try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
          BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
          Progress progress = Progress.start("tag", lines)) {
        List<String> chunk = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (!line.isBlank()) {
            chunk.add(line);
          }
          if (chunk.size() == TaggedJson.BATCH) {
            writeChunk(tagged, chunk, writer, counts);
            progress.advanceTo(number);
          }
        }
        writeChunk(tagged, chunk, writer, counts);
        progress.advanceTo(number);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "tag: %d articles tagged, %d skipped, %d failed%n",
        counts[0],
        counts[1],
        counts[2]);
    out.flush();
    return 0;
  }

  /** Tags a chunk of lines together and writes them in order; empties the chunk. */
  private static void writeChunk(
      TaggedJson tagged, List<String> chunk, BufferedWriter writer, int[] counts)
      throws IOException {
    List<byte[]> values = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    String[] out = new String[chunk.size()];
    for (int i = 0; i < chunk.size(); i++) {
      String line = chunk.get(i);
      JsonNode node = null;
      try {
        node = Json.mapper().readTree(line);
      } catch (IOException e) {
        // tagAll reports it
      }
      JsonNode outcome = node == null ? null : node.get("outcome");
      if (outcome != null && !"article".equals(outcome.asText()) && node.get("text") == null) {
        counts[1]++;
        out[i] = line;
      } else {
        positions.add(i);
        values.add(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    List<TaggedJson.Outcome> outcomes = tagged.tagAll(values);
    for (int k = 0; k < outcomes.size(); k++) {
      TaggedJson.Outcome outcome = outcomes.get(k);
      if (outcome instanceof TaggedJson.Tagged result) {
        counts[0]++;
        out[positions.get(k)] = Json.write(result.json());
      } else {
        counts[2]++;
        out[positions.get(k)] =
            Json.write(
                Map.of("outcome", "failed", "reason", ((TaggedJson.Failed) outcome).reason()));
      }
    }
    for (String line : out) {
      writer.write(line);
      writer.write('\n');
    }
    chunk.clear();
  }
}
