package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** The at-least-once consumer against a real broker. */
class AtLeastOnceConsumerTest {

  @Test
  void shouldProcessARecordAgainWhenItsOutputWasNotAcknowledgedInsteadOfDeadLetteringIt()
      throws Exception {
    KafkaClients clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    TopicPartition partition = new TopicPartition(topics.articles(), 0);
    try (KafkaProducer<String, byte[]> producer = clients.producer("alo-test")) {
      for (String value : List.of("one", "two", "three")) {
        producer.send(
            new ProducerRecord<>(
                topics.articles(), 0, value, value.getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
    Map<String, Integer> handled = new ConcurrentHashMap<>();
    AtomicBoolean brokerAway = new AtomicBoolean(true);
    String group = topics.prefix() + "alo";
    var executor = Executors.newSingleThreadExecutor();
    try (KafkaProducer<String, byte[]> producer = clients.producer("alo-stage");
        AtLeastOnceConsumer consumer =
            new AtLeastOnceConsumer(
                new AtLeastOnceConsumer.Settings("alo-test", topics.articles(), "test", 100),
                clients.consumer(group, "alo-test"),
                producer,
                new DeadLetters(producer, topics.dlq(), new SimpleMeterRegistry(), executor),
                records -> {
                  List<CompletableFuture<?>> results = new ArrayList<>();
                  for (ConsumerRecord<String, byte[]> record : records) {
                    handled.merge(record.key(), 1, Integer::sum);
                    results.add(
                        record.key().equals("two") && brokerAway.getAndSet(false)
                            ? CompletableFuture.failedFuture(
                                new TimeoutException("Expiring 1 record(s): 120000 ms passed"))
                            : CompletableFuture.completedFuture(null));
                  }
                  return results;
                },
                assigned -> {})) {
      consumer.start();

      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(() -> assertThat(committed(clients, group, partition)).isEqualTo(3));
    } finally {
      executor.shutdown();
    }

    assertThat(handled).containsEntry("one", 1).containsEntry("two", 2).containsEntry("three", 1);
    assertThat(TopicReader.readAll(clients, topics.dlq())).isEmpty();
  }

  private static long committed(KafkaClients clients, String group, TopicPartition partition)
      throws Exception {
    try (Admin admin = clients.admin()) {
      OffsetAndMetadata offset =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get()
              .get(partition);
      return offset == null ? -1 : offset.offset();
    }
  }
}
