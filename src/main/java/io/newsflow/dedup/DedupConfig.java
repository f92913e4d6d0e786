package io.newsflow.dedup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the deduplicator role, {@code newsflow.dedup.*}. */
@ConfigMapping(prefix = "newsflow.dedup")
public interface DedupConfig {

  /** Kafka Streams application id: the consumer group and the prefix of its internal topics. */
  @WithDefault("newsflow-dedup")
  String applicationId();

  /** This instance's name in client ids and CloudEvents sources; defaults to the host name. */
  Optional<String> instanceId();

  @WithDefault("P7D")
  Duration window();

  @WithDefault("P2D")
  Duration storyWindow();

  @WithDefault("0.8")
  double threshold();

  @WithDefault("0.9")
  double containment();

  @WithDefault("50")
  int minWords();

  @WithDefault("500")
  int maxCandidates();

  @WithDefault("8")
  int storyTerms();

  @WithDefault("3")
  int storyMinShared();

  @WithDefault("0.35")
  double storyMinOverlap();

  /** Input records larger than this go to the dead-letter topic. */
  @WithDefault("524288")
  int maxRecordBytes();

  /** Kafka Streams threads of this instance. */
  @WithDefault("1")
  int streamThreads();

  /** How often Kafka Streams commits (and, exactly-once, makes its output visible). */
  @WithDefault("PT0.2S")
  Duration commitInterval();
}
