package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenUrlsTest {

  @TempDir Path dir;

  @Test
  void shouldRememberUrlsAcrossARestart() {
    Path file = dir.resolve("seen/urls");
    try (SeenUrls seen = new SeenUrls(file, 100)) {
      seen.add("https://example.com/a");
    }
    try (SeenUrls seen = new SeenUrls(file, 100)) {
      assertThat(seen.contains("https://example.com/a")).isTrue();
      assertThat(seen.contains("https://example.com/b")).isFalse();
    }
  }

  @Test
  void shouldForgetTheOldestPastCapacityAndKeepTheFileBounded() throws Exception {
    Path file = dir.resolve("urls");
    try (SeenUrls seen = new SeenUrls(file, 10)) {
      for (int i = 0; i < 100; i++) {
        seen.add("https://example.com/" + i);
      }
      assertThat(seen.size()).isEqualTo(10);
      assertThat(seen.contains("https://example.com/0")).isFalse();
      assertThat(seen.contains("https://example.com/99")).isTrue();
    }
    assertThat(Files.readAllLines(file)).hasSizeLessThanOrEqualTo(20);
    try (SeenUrls seen = new SeenUrls(file, 10)) {
      assertThat(seen.contains("https://example.com/99")).isTrue();
      assertThat(seen.size()).isEqualTo(10);
    }
  }
}
