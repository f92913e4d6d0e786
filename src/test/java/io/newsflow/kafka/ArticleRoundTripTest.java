package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.article.Article;
import io.newsflow.article.ArticleSerde;
import io.newsflow.article.Articles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleRoundTripTest {

  @Inject KafkaClients clients;
  @Inject KafkaLifecycle lifecycle;
  @Inject TopicsConfig topics;

  private final ArticleSerde serde = new ArticleSerde();

  @Test
  void shouldCarryAnArticleAndItsCloudEventsHeadersThroughTheBroker() throws Exception {
    lifecycle.topicsReady().get();
    Article article = Articles.sample("https://example.com/round-trip", "One.\n\nTwo.");
    CloudEvents event =
        new CloudEvents(
            article.id(),
            "/newsflow/test",
            "io.newsflow.article.extracted.v1",
            Instant.parse("2025-03-12T09:30:01Z"));

    RecordMetadata ack;
    try (KafkaProducer<String, byte[]> producer = clients.producer("round-trip")) {
      ack =
          producer
              .send(
                  new ProducerRecord<>(
                      topics.articles(),
                      null,
                      article.id(),
                      serde.serialize(topics.articles(), article),
                      event.toHeaders()))
              .get();
    }

    ConsumerRecord<String, byte[]> received = readOne(ack);
    assertThat(received.key()).isEqualTo(article.id());
    assertThat(serde.deserialize(topics.articles(), received.value())).isEqualTo(article);
    assertThat(CloudEvents.header(received.headers(), "ce_specversion")).isEqualTo("1.0");
    assertThat(CloudEvents.header(received.headers(), "ce_id")).isEqualTo(article.id());
    assertThat(CloudEvents.header(received.headers(), "ce_source")).isEqualTo("/newsflow/test");
    assertThat(CloudEvents.header(received.headers(), "ce_type"))
        .isEqualTo("io.newsflow.article.extracted.v1");
    assertThat(CloudEvents.header(received.headers(), "ce_time")).isEqualTo("2025-03-12T09:30:01Z");
  }

  private ConsumerRecord<String, byte[]> readOne(RecordMetadata ack) {
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = clients.consumer("round-trip-test", "reader")) {
      consumer.subscribe(Set.of(topics.articles()));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (found.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.partition() == ack.partition() && record.offset() == ack.offset()) {
            found.add(record);
          }
        }
      }
    }
    assertThat(found).as("the acknowledged record is read back").hasSize(1);
    return found.get(0);
  }
}
