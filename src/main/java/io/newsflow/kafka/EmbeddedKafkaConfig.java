package io.newsflow.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The broker started inside the JVM when {@code kafka.bootstrap.servers} is not set. */
@ConfigMapping(prefix = "newsflow.embedded-kafka")
public interface EmbeddedKafkaConfig {

  /** Client listener port, on localhost. */
  @WithDefault("9092")
  int port();

  /** KRaft controller listener port, on localhost; 0 picks a free one at each start. */
  @WithDefault("0")
  int controllerPort();
}
