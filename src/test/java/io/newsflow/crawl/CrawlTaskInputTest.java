package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.kafka.RecordCheck;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the crawler accepts from the crawl-tasks topic. */
class CrawlTaskInputTest {

  private static CrawlTask read(String json) {
    return CrawlerEngine.readTask(json.getBytes(StandardCharsets.UTF_8), 1_000);
  }

  private static String task(String url) {
    return "{\"url\":\"" + url + "\",\"sourceId\":\"s\",\"discoveredAt\":\"2025-03-01T00:00:00Z\"}";
  }

  @Test
  void shouldReadAWellFormedTask() {
    assertThat(read(task("https://news.example.com/a.html")).url())
        .isEqualTo("https://news.example.com/a.html");
  }

  @Test
  void shouldRefuseATaskWithoutARequiredField() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"url\":\"https://news.example.com/\",\"discoveredAt\":\"2025-03-01T00:00:00Z\"}"))
        .isInstanceOf(RecordCheck.Rejected.class)
        .hasMessage("wrong schema: missing required field sourceId");
  }

  @Test
  void shouldRefuseATaskWhoseUrlIsNotAnAbsoluteHttpUrl() {
    for (String url :
        new String[] {"ftp://example.com/x", "/relative/path", "42", "http:///x", "a b"}) {
      assertThatThrownBy(() -> read(task(url)))
          .as(url)
          .isInstanceOf(RecordCheck.Rejected.class)
          .hasMessageStartingWith("wrong schema: url is not");
    }
  }

  @Test
  void shouldRefuseATaskOfTheWrongTypes() {
    assertThatThrownBy(
            () ->
                read("{\"url\":[1],\"sourceId\":\"s\",\"discoveredAt\":\"2025-03-01T00:00:00Z\"}"))
        .isInstanceOf(RecordCheck.Rejected.class)
        .hasMessageStartingWith("wrong schema");
    assertThatThrownBy(
            () ->
                read(
                    "{\"url\":\"https://a.example/\",\"sourceId\":\"s\",\"discoveredAt\":\"yesterday\"}"))
        .isInstanceOf(RecordCheck.Rejected.class)
        .hasMessageStartingWith("wrong schema");
  }

  @Test
  void shouldRefuseAnOversizedTask() {
    String big = task("https://news.example.com/" + "a".repeat(2_000));

    assertThatThrownBy(() -> read(big))
        .isInstanceOf(RecordCheck.Rejected.class)
        .hasMessageStartingWith("oversized record:")
        .hasMessageContaining("newsflow.crawler.max-record-bytes=1000");
  }
}
