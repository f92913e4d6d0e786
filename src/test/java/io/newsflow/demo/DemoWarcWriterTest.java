package io.newsflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class DemoWarcWriterTest {

  /** What a response record says: its URL, date, content type and HTTP body. */
  record Capture(String url, Instant date, String contentType, String body) {}

  static List<Capture> captures(InputStream warc) throws IOException {
    List<Capture> captures = new ArrayList<>();
    try (var reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        assertThat(record).isInstanceOf(WarcResponse.class);
        var response = (WarcResponse) record;
        var http = response.http();
        captures.add(
            new Capture(
                response.target(),
                response.date(),
                http.headers().first("Content-Type").orElseThrow(),
                new String(
                    http.body().stream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
    return captures;
  }

  static List<Capture> committed() throws IOException {
    try (InputStream in =
        DemoWarcWriterTest.class
            .getClassLoader()
            .getResourceAsStream(DemoWarcWriter.WARC_RESOURCE)) {
      assertThat(in).as("demo/demo.warc.gz on the classpath").isNotNull();
      return captures(in);
    }
  }

  @Test
  void shouldMatchWhatTheWriterGeneratesNow(@TempDir Path dir) throws IOException {
    Path fresh = dir.resolve("demo.warc.gz");
    DemoWarcWriter.write(DemoSite.load().archivedPages(), fresh);

    List<Capture> generated;
    try (InputStream in = Files.newInputStream(fresh)) {
      generated = captures(in);
    }

    assertThat(committed())
        .as("regenerate with the command in src/main/resources/demo/README.md")
        .containsExactlyElementsOf(generated);
  }

  @Test
  void shouldStayWellUnderOneMegabyte() throws IOException {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(DemoWarcWriter.WARC_RESOURCE)) {
      assertThat(in.readAllBytes().length).isLessThan(512 * 1024);
    }
  }

  @Test
  void shouldDateEveryArticleRecordAtItsPublication() throws IOException {
    DemoCorpus corpus = DemoCorpus.load();
    List<Capture> captures = committed();

    for (DemoStory story : corpus.stories()) {
      assertThat(captures)
          .filteredOn(capture -> capture.url().equals(corpus.urlOf(story)))
          .singleElement()
          .satisfies(
              capture -> {
                assertThat(capture.date()).isEqualTo(story.publishedAt());
                assertThat(capture.contentType()).isEqualTo("text/html; charset=utf-8");
              });
    }
  }

  @Test
  void shouldArchiveArticlesSectionPagesAndFeedsButNoRobots() throws IOException {
    List<Capture> captures = committed();

    assertThat(captures).hasSizeBetween(45, 55);
    assertThat(captures)
        .extracting(Capture::url)
        .doesNotHaveDuplicates()
        .noneMatch(url -> url.endsWith("/robots.txt"))
        .filteredOn(url -> url.endsWith("/feed.xml"))
        .hasSize(5);
  }
}
