package io.newsflow.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Topic settings with names of their own, so a test's records are only its own. */
public record TestTopics(String prefix) implements TopicsConfig {

  public static TestTopics fresh() {
    return new TestTopics("t" + Long.toString(System.nanoTime(), 36) + ".");
  }

  /** Creates the topics on the broker. */
  public TestTopics create(KafkaClients clients) throws Exception {
    try (var admin = clients.admin()) {
      new TopicInitializer(this).createMissing(admin);
    }
    return this;
  }

  @Override
  public String articles() {
    return prefix + "articles";
  }

  @Override
  public String tagged() {
    return prefix + "articles.tagged";
  }

  @Override
  public String unique() {
    return prefix + "articles.unique";
  }

  @Override
  public String duplicates() {
    return prefix + "articles.duplicates";
  }

  @Override
  public String crawlEvents() {
    return prefix + "crawl.events";
  }

  @Override
  public String dlq() {
    return prefix + "dlq";
  }

  @Override
  public String crawlTasks() {
    return prefix + "crawl.tasks";
  }

  @Override
  public int partitions() {
    return 4;
  }

  @Override
  public short replicationFactor() {
    return 1;
  }

  @Override
  public Duration retention() {
    return Duration.ofDays(1);
  }

  @Override
  public Duration dlqRetention() {
    return Duration.ofDays(1);
  }

  @Override
  public Optional<List<String>> compacted() {
    return Optional.empty();
  }

  @Override
  public Map<String, String> config() {
    return Map.of();
  }
}
