package io.newsflow.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import io.newsflow.crawl.CrawlEvent;
import io.newsflow.kafka.TopicsConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Everything the dashboard knows, built from records of the pipeline's topics: rates per minute,
 * source health, recent articles and their verdicts, and the latest consumer lag. A record that
 * cannot be read is counted in its stream, reported and skipped, never thrown. Thread-safe.
 */
final class DashboardState {

  private static final Logger LOG = Logger.getLogger(DashboardState.class);

  private final Map<String, String> streamOfTopic = new LinkedHashMap<>();
  private final Duration window;
  private final Clock clock;
  private final Consumer<String> unreadable;
  private final MinuteCounts rates;
  private final SourceHealthBook sources;
  private final ArticleBook articles;
  private volatile List<GroupLag> lag = List.of();
  private volatile boolean reading;

  /**
   * @param unreadable told the topic of each record that cannot be read (for a metric)
   */
  DashboardState(
      TopicsConfig topics,
      Duration window,
      int maxArticles,
      Clock clock,
      Consumer<String> unreadable) {
    if (window.toMinutes() < 1) {
      throw new IllegalArgumentException("newsflow.dashboard.window must be at least PT1M");
    }
    this.window = window;
    this.clock = clock;
    this.unreadable = unreadable;
    this.rates = new MinuteCounts((int) window.toMinutes());
    this.sources = new SourceHealthBook(window);
    this.articles = new ArticleBook(maxArticles, window);
    streamOfTopic.put(topics.crawlEvents(), "crawled");
    streamOfTopic.put(topics.articles(), "extracted");
    streamOfTopic.put(topics.tagged(), "tagged");
    streamOfTopic.put(topics.unique(), "unique");
    streamOfTopic.put(topics.duplicates(), "duplicate");
    streamOfTopic.put(topics.dlq(), "deadLettered");
  }

  /** The topics the dashboard reads. */
  List<String> topics() {
    return new ArrayList<>(streamOfTopic.keySet());
  }

  Duration window() {
    return window;
  }

  void accept(ConsumerRecord<String, byte[]> record) {
    String stream = streamOfTopic.get(record.topic());
    if (stream == null) {
      return;
    }
    Instant now = clock.instant();
    Instant time = Instant.ofEpochMilli(Math.max(0, record.timestamp()));
    rates.add(stream, time, now);
    if (record.value() == null || "deadLettered".equals(stream)) {
      return;
    }
    try {
      switch (stream) {
        case "crawled" -> sources.accept(Json.read(record.value(), CrawlEvent.class), now);
        case "extracted" -> articles.article(object(record.value()), time, false);
        case "tagged" -> articles.article(object(record.value()), time, true);
        default -> articles.dedup(object(record.value()), time, now);
      }
    } catch (IOException | RuntimeException e) {
      unreadable.accept(record.topic());
      LOG.debugf(
          "Unreadable record %s-%d@%d: %s",
          record.topic(), record.partition(), record.offset(), e.getMessage());
    }
  }

  private static ObjectNode object(byte[] value) throws IOException {
    JsonNode node = Json.mapper().readTree(value);
    if (node == null || !node.isObject()) {
      throw new IOException("not a JSON object");
    }
    return (ObjectNode) node;
  }

  void lag(List<GroupLag> measured) {
    this.lag = List.copyOf(measured);
  }

  List<GroupLag> lag() {
    return lag;
  }

  void reading(boolean reading) {
    this.reading = reading;
  }

  PipelineStats pipeline() {
    Instant now = clock.instant();
    int minutes = rates.minutes();
    long current = MinuteCounts.epochMinute(now);
    List<Instant> starts = new ArrayList<>(minutes);
    for (int i = 0; i < minutes; i++) {
      starts.add(Instant.ofEpochSecond((current - (minutes - 1) + i) * 60));
    }
    Map<String, long[]> perMinute = new LinkedHashMap<>();
    Map<String, Long> lastMinute = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (String stream : PipelineStats.STREAMS) {
      long[] series = rates.series(stream, now);
      perMinute.put(stream, series);
      lastMinute.put(stream, series.length > 1 ? series[series.length - 2] : series[0]);
      long sum = 0;
      for (long value : series) {
        sum += value;
      }
      totals.put(stream, sum);
    }
    List<GroupLag> groups = lag;
    // a consumer without a broker just polls nothing: failing lag measurements tell
    boolean reachable =
        groups.isEmpty() || groups.stream().anyMatch(g -> !"error".equals(g.state()));
    return new PipelineStats(
        now,
        window.toString(),
        starts,
        perMinute,
        lastMinute,
        totals,
        groups,
        reading && reachable);
  }

  List<SourceRow> sources(Supplier<Map<String, Boolean>> configured) {
    return sources.rows(configured.get(), clock.instant());
  }

  ContentStats content() {
    return articles.content(clock.instant());
  }

  ArticleBook articles() {
    return articles;
  }
}
