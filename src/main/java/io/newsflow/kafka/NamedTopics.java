package io.newsflow.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Topic settings outside CDI: every name is {@code prefix} plus the default name's tail, four
 * partitions, one replica. For benchmarks and tests that want topics of their own.
 */
public record NamedTopics(String prefix) implements TopicsConfig {

  /** Topics named for this moment, so no earlier run's records are in them. */
  public static NamedTopics fresh() {
    return new NamedTopics("t" + Long.toString(System.nanoTime(), 36) + ".");
  }

  /** Creates the topics on the broker. */
  public NamedTopics create(KafkaClients clients) throws Exception {
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
