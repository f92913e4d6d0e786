package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final String ARTICLE =
      "<html><head><title>A story</title></head><body><article><p>The first paragraph of a"
          + " story, long enough to be taken for body text by the extractor.</p><p>The second"
          + " paragraph of the same story, also long enough.</p></article></body></html>";

  @TempDir Path dir;

  private final StringWriter stdout = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ExtractCommand());
    cli.setOut(new PrintWriter(stdout));
    return cli.execute(args);
  }

  private List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(Json.mapper().readTree(line));
    }
    return out;
  }

  @Test
  void shouldWriteOneLinePerPageFileWithItsId() throws IOException {
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.writeString(input.resolve("plain.html"), ARTICLE);
    Files.writeString(input.resolve("old.htm"), ARTICLE);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(input.resolve("zipped.html.gz")))) {
      out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(input.resolve("notes.txt"), "not a page");
    Path output = dir.resolve("out.jsonl");

    int exit = run("--input", input.toString(), "--output", output.toString());

    assertThat(exit).isZero();
    assertThat(lines(output))
        .extracting(n -> n.get("id").asText() + ":" + n.get("outcome").asText())
        .containsExactly("old:article", "plain:article", "zipped:article");
  }

  @Test
  void shouldWriteTheArticleFieldsAndParagraphText() throws IOException {
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.writeString(input.resolve("story.html"), ARTICLE);
    Path output = dir.resolve("out.jsonl");

    run("--input", input.toString(), "--output", output.toString());

    JsonNode line = lines(output).get(0);
    assertThat(line.get("title").asText()).isEqualTo("A story");
    assertThat(line.get("text").asText()).contains("by the extractor.\n\nThe second paragraph");
    assertThat(line.has("canonicalUrl")).isTrue();
    assertThat(line.get("wordCount").asInt()).isPositive();
  }

  @Test
  void shouldMarkAPageWithoutArticleAndGoOn() throws IOException {
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.write(input.resolve("empty.html"), new byte[0]);
    Files.writeString(input.resolve("story.html"), ARTICLE);
    Path output = dir.resolve("out.jsonl");

    run("--input", input.toString(), "--output", output.toString());

    JsonNode empty = lines(output).get(0);
    assertThat(empty.get("outcome").asText()).isEqualTo("not-an-article");
    assertThat(empty.get("reason").asText()).isNotBlank();
    assertThat(stdout.toString()).contains("2 pages, 1 articles, 1 not-an-article, 0 failed");
  }

  @Test
  void shouldPrintTheMedianRateAsTheLastLineInBenchmarkMode() throws IOException {
    Path input = Files.createDirectory(dir.resolve("in"));
    Files.writeString(input.resolve("story.html"), ARTICLE);

    run(
        "--input",
        input.toString(),
        "--output",
        dir.resolve("o.jsonl").toString(),
        "--warmup",
        "1",
        "--passes",
        "3");

    String[] out = stdout.toString().strip().split("\n");
    assertThat(out[out.length - 1]).matches("extract: 1 pages, median \\d+\\.\\d pages/s");
  }

  @Test
  void shouldExtractHtmlResponsesOfAWarcFileWithTheirUrls() throws IOException {
    Path warc = dir.resolve("pages.warc");
    byte[] http =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + ARTICLE.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n"
                + ARTICLE)
            .getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel =
            FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel)) {
      writer.write(
          new WarcResponse.Builder(URI.create("https://news.example/2024/05/01/story"))
              .date(Instant.parse("2024-05-02T00:00:00Z"))
              .body(MediaType.HTTP_RESPONSE, http)
              .build());
    }
    Path output = dir.resolve("out.jsonl");

    run("--input", warc.toString(), "--output", output.toString());

    JsonNode line = lines(output).get(0);
    assertThat(line.get("id").asText()).isEqualTo("https://news.example/2024/05/01/story");
    assertThat(line.get("publishedAt").asText()).isEqualTo("2024-05-01T00:00:00Z");
  }
}
