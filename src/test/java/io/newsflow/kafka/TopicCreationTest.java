package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class TopicCreationTest {

  @Inject KafkaClients clients;
  @Inject KafkaLifecycle lifecycle;
  @Inject TopicsConfig topics;

  @Test
  void shouldCreateTheTopicsWithConfiguredPartitionsAndRetention() throws Exception {
    lifecycle.topicsReady().get();
    try (Admin admin = clients.admin()) {
      Map<String, TopicDescription> described =
          admin.describeTopics(topics.all()).allTopicNames().get();

      assertThat(described.keySet())
          .containsExactlyInAnyOrder(
              "newsflow.articles",
              "newsflow.articles.tagged",
              "newsflow.articles.unique",
              "newsflow.articles.duplicates",
              "newsflow.crawl.events",
              "newsflow.dlq",
              "newsflow.crawl.tasks");
      assertThat(described.values())
          .allSatisfy(d -> assertThat(d.partitions()).hasSize(topics.partitions()));

      ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, topics.dlq());
      ConfigResource articles = new ConfigResource(ConfigResource.Type.TOPIC, topics.articles());
      Map<ConfigResource, Config> configs =
          admin.describeConfigs(List.of(dlq, articles)).all().get();
      assertThat(configs.get(dlq).get("retention.ms").value())
          .isEqualTo(Long.toString(topics.dlqRetention().toMillis()));
      assertThat(configs.get(articles).get("retention.ms").value())
          .isEqualTo(Long.toString(topics.retention().toMillis()));
      assertThat(configs.get(articles).get("cleanup.policy").value()).isEqualTo("delete");
    }
  }
}
