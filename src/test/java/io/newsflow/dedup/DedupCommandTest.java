package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DedupCommandTest {

  @TempDir Path dir;

  @Test
  void writesOneVerdictPerArticleAndReportsLinesThatAreNotArticles() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    Files.write(
        input,
        List.of(
            line("a", BatchDeduplicatorTest.WIRE),
            "{broken",
            line("b", BatchDeduplicatorTest.WIRE.replace("\u0020the ", " the\u00a0")),
            line("c", "Updated 09:12 GMT " + BatchDeduplicatorTest.WIRE),
            line("a", BatchDeduplicatorTest.WIRE),
            line("d", BatchDeduplicatorTest.OTHER)));
    Path output = dir.resolve("verdicts.jsonl");
    StringWriter console = new StringWriter();
    StringWriter errors = new StringWriter();

    int exit =
        new CommandLine(new DedupCommand())
            .setOut(new PrintWriter(console))
            .setErr(new PrintWriter(errors))
            .execute("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isZero();
    assertThat(console.toString())
        .contains("dedup: 2 unique, 1 exact, 1 near, 1 replays, 1 not articles");
    assertThat(errors.toString()).contains("articles.jsonl:2: not an article: not JSON");
    List<JsonNode> verdicts = new ArrayList<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      verdicts.add(Json.mapper().readTree(line));
    }
    assertThat(verdicts).extracting(v -> v.get("id").asText()).containsExactly("a", "b", "c", "d");
    List<String> fields = new ArrayList<>();
    verdicts.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "status", "duplicateOf", "similarity", "storyId");
    assertThat(verdicts.get(0).get("status").asText()).isEqualTo("unique");
    assertThat(verdicts.get(0).get("duplicateOf").isNull()).isTrue();
    assertThat(verdicts.get(1).get("status").asText()).isEqualTo("exact");
    assertThat(verdicts.get(1).get("duplicateOf").asText()).isEqualTo("a");
    assertThat(verdicts.get(2).get("status").asText()).isEqualTo("near");
    assertThat(verdicts.get(2).get("similarity").asDouble()).isGreaterThanOrEqualTo(0.8);
    assertThat(verdicts.get(3).get("status").asText()).isEqualTo("unique");
  }

  private static String line(String id, String text) {
    return Json.write(
        Json.mapper()
            .createObjectNode()
            .put("id", id)
            .put("url", "https://x.example/" + id)
            .put("text", text));
  }
}
