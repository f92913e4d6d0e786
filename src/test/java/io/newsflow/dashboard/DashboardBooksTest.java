package io.newsflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import io.newsflow.crawl.CrawlEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's bookkeeping without Kafka: minute series, source health and articles. */
class DashboardBooksTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:30:30Z");

  @Test
  void shouldCountPerMinuteAndForgetWhatLeavesTheWindow() {
    MinuteCounts counts = new MinuteCounts(60);
    counts.add("tagged", NOW, NOW);
    counts.add("tagged", NOW.minusSeconds(60), NOW);
    counts.add("tagged", NOW.minusSeconds(61), NOW);
    counts.add("tagged", NOW.minus(Duration.ofHours(2)), NOW);
    long[] series = counts.series("tagged", NOW);
    assertThat(series).hasSize(60);
    assertThat(series[59]).isEqualTo(1);
    assertThat(series[58]).isEqualTo(2);
    assertThat(counts.total("tagged", NOW)).isEqualTo(3);
    // an hour later every bucket has left the window, and reused slots start again at zero
    Instant later = NOW.plus(Duration.ofHours(1));
    assertThat(counts.total("tagged", later)).isZero();
    counts.add("tagged", later, later);
    assertThat(counts.total("tagged", later)).isEqualTo(1);
    assertThatThrownBy(() -> new MinuteCounts(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldCallASourceFailingOnlyWhileItsLastErrorIsNewerThanItsLastSuccess() {
    SourceHealthBook book = new SourceHealthBook(Duration.ofHours(1));
    book.accept(event("feed", NOW.minusSeconds(300), "fetched", null, null), NOW);
    book.accept(event("feed", NOW.minusSeconds(200), "timeout", null, "read timed out"), NOW);
    SourceRow failing = book.rows(Map.of("feed", true, "off", false), NOW).get(0);
    assertThat(failing.status()).isEqualTo("failing");
    assertThat(failing.lastError()).isEqualTo("timeout: read timed out");
    book.accept(event("feed", NOW.minusSeconds(100), "not-modified", 304, null), NOW);
    List<SourceRow> rows = book.rows(Map.of("feed", true, "off", false), NOW);
    assertThat(rows).extracting(SourceRow::id).containsExactly("feed", "off");
    assertThat(rows.get(0).status()).isEqualTo("ok");
    assertThat(rows.get(0).notModifiedShare()).isEqualTo(0.5);
    assertThat(rows.get(0).fetchesByOutcome())
        .containsEntry("fetched", 1L)
        .containsEntry("timeout", 1L)
        .containsEntry("not-modified", 1L);
    assertThat(rows.get(1).status()).isEqualTo("paused");
  }

  @Test
  void shouldKeepTheTaggedFormAndTheNewestArticlesOnly() {
    ArticleBook book = new ArticleBook(2, Duration.ofHours(1));
    book.article(article("a", "en", "Old"), NOW.minusSeconds(30), true);
    book.article(article("a", "en", "Untagged again"), NOW.minusSeconds(20), false);
    book.article(article("b", "de", "Zwei"), NOW.minusSeconds(10), true);
    book.article(article("c", "fr", "Trois"), NOW, true);
    ArticlePage page = book.list(new ArticleBook.ArticleFilter(null, null, null, null), 0, 10);
    assertThat(page.items()).extracting(ArticleSummary::id).containsExactly("c", "b");
    assertThat(book.get("a")).isEmpty();
    book.article(article("b", "de", "Zwei, getaggt"), NOW, false);
    assertThat(book.get("b").orElseThrow().get("title").asText()).isEqualTo("Zwei");
  }

  @Test
  void shouldAttachVerdictsAndRateDuplicates() {
    ArticleBook book = new ArticleBook(10, Duration.ofHours(1));
    book.article(article("a", "en", "Original"), NOW, true);
    ObjectNode duplicate = article("b", "en", "Copy");
    duplicate.set(
        "dedup",
        Json.mapper()
            .valueToTree(Map.of("status", "exact", "duplicateOf", "a", "similarity", 1.0)));
    long before = book.version();
    book.dedup(duplicate, NOW, NOW);
    assertThat(book.version()).isGreaterThan(before);
    assertThat(book.get("b").orElseThrow().path("dedup").path("duplicateOf").asText())
        .isEqualTo("a");
    ContentStats content = book.content(NOW);
    assertThat(content.exactRate()).isEqualTo(1.0);
    assertThat(content.nearRate()).isZero();
    assertThat(content.languages()).extracting(ContentStats.Count::name).containsExactly("en");
    assertThat(book.list(new ArticleBook.ArticleFilter(null, null, "ANNA", "EN"), 0, 10).total())
        .isEqualTo(2);
  }

  @Test
  void shouldLeaveKafkaStreamsInternalTopicsOutOfTheLag() {
    assertThat(LagMonitor.internal("newsflow-dedup", "newsflow-dedup-keys")).isTrue();
    assertThat(LagMonitor.internal("newsflow-dedup", "newsflow.articles.tagged")).isFalse();
  }

  private static CrawlEvent event(
      String source, Instant time, String outcome, Integer status, String reason) {
    return new CrawlEvent(
        time, source, "https://example.org/", outcome, status, reason, null, null, null);
  }

  private static ObjectNode article(String id, String language, String title) {
    return Json.mapper()
        .valueToTree(
            Map.of(
                "id", id,
                "title", title,
                "language", language,
                "text", "Anna said so.",
                "entities", List.of(Map.of("name", "Anna", "type", "person"))));
  }
}
