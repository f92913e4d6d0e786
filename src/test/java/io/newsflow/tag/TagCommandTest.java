package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {

  @TempDir Path dir;

  @Test
  void shouldTagEachLineAndReportBadOnesInPlace() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    Files.write(
        input,
        List.of(
            "{\"id\": \"a\", \"title\": \"Talks\", \"text\": \"Kremlin spokesman Dmitry Peskov"
                + " said Zelenskyy and Zelensky are the same man.\"}",
            "{broken",
            "{\"id\": \"b\", \"outcome\": \"not-an-article\", \"reason\": \"listing\"}",
            "{\"id\": \"c\", \"text\": \"Floods hit Valencia.\"}"));
    Path output = dir.resolve("tagged.jsonl");
    StringWriter console = new StringWriter();

    int exit =
        new CommandLine(new TagCommand())
            .setOut(new PrintWriter(console))
            .execute("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isZero();
    assertThat(console.toString()).contains("tag: 2 articles tagged, 1 skipped, 1 failed");
    List<String> lines = Files.readAllLines(output);
    assertThat(lines).hasSize(4);
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("language").asText()).isEqualTo("en");
    assertThat(first.get("entities").findValuesAsText("name"))
        .containsExactly("Kremlin", "Dmitry Peskov", "Volodymyr Zelensky");
    assertThat(first.get("entities").get(2).get("count").asInt()).isEqualTo(2);
    assertThat(first.has("tags") && first.has("topics") && first.has("keywords")).isTrue();
    assertThat(Json.mapper().readTree(lines.get(1)).get("outcome").asText()).isEqualTo("failed");
    assertThat(Json.mapper().readTree(lines.get(2)).get("id").asText()).isEqualTo("b");
    assertThat(Json.mapper().readTree(lines.get(3)).get("entities").findValuesAsText("name"))
        .containsExactly("Valencia");
  }
}
