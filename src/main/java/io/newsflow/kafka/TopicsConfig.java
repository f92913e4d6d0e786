package io.newsflow.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Topic names and how newsflow creates them when they are missing. */
@ConfigMapping(prefix = "newsflow.topics")
public interface TopicsConfig {

  @WithDefault("newsflow.articles")
  String articles();

  @WithDefault("newsflow.articles.tagged")
  String tagged();

  @WithDefault("newsflow.articles.unique")
  String unique();

  @WithDefault("newsflow.articles.duplicates")
  String duplicates();

  @WithDefault("newsflow.crawl.events")
  String crawlEvents();

  @WithDefault("newsflow.dlq")
  String dlq();

  /** Crawl work keyed by host, consumed by the crawler group (internal to the crawler). */
  @WithDefault("newsflow.crawl.tasks")
  String crawlTasks();

  /** Partitions of each topic newsflow creates. */
  @WithDefault("4")
  int partitions();

  /** Replication factor of each topic newsflow creates (1 suits the single embedded broker). */
  @WithDefault("1")
  short replicationFactor();

  /** {@code retention.ms} of every created topic but the dead-letter topic. */
  @WithDefault("P7D")
  Duration retention();

  /** {@code retention.ms} of the dead-letter topic: long enough for someone to look. */
  @WithDefault("P30D")
  Duration dlqRetention();

  /** Names of topics to create with {@code cleanup.policy=compact} instead of delete. */
  Optional<List<String>> compacted();

  /** Extra topic-level settings for every created topic, e.g. {@code compression.type=zstd}. */
  Map<String, String> config();

  /** Every topic newsflow creates: the six of the pipeline, then the crawler's work queue. */
  default List<String> all() {
    return List.of(
        articles(), tagged(), unique(), duplicates(), crawlEvents(), dlq(), crawlTasks());
  }
}
