package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.article.Json;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.NamedTopics;
import io.newsflow.kafka.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two deduplicator instances on a four-partition input through the real broker: copies that arrive
 * on other partitions than their originals are still found, because lookups meet by fingerprint key
 * whichever instance read the article.
 */
class DedupScaleOutTest {

  @TempDir Path stateDir;
  private KafkaClients clients;
  private NamedTopics topics;
  private DedupTopology.Topics dedupTopics;
  private final List<DedupEngine> engines = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    topics = NamedTopics.fresh().create(clients);
    String applicationId = topics.prefix() + "dedup";
    dedupTopics =
        DedupTopology.Topics.of(
            applicationId, topics.tagged(), topics.unique(), topics.duplicates(), topics.dlq());
    for (String instance : List.of("one", "two")) {
      DedupEngine engine =
          new DedupEngine(
              new DedupEngine.Options(
                  applicationId,
                  instance,
                  stateDir.resolve(instance),
                  1,
                  Duration.ofMillis(100),
                  1_000_000,
                  (short) 1,
                  Duration.ofDays(1)),
              dedupTopics,
              DedupSettings.defaults(),
              clients,
              new SimpleMeterRegistry());
      engines.add(engine);
      engine.start();
    }
  }

  @AfterEach
  void stop() {
    engines.forEach(DedupEngine::close);
  }

  @Test
  void findsCopiesArrivingOnOtherPartitionsWithTwoInstances() throws Exception {
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                engines.stream()
                    .allMatch(e -> e.state().name().equals("RUNNING") && e.activeTasks() > 0));
    String near = "UPDATED: " + BatchDeduplicatorTest.WIRE.replace("Thursday", "Friday");
    Set<Integer> partitions = new HashSet<>();
    try (KafkaProducer<String, byte[]> producer = clients.producer("dedup-scale-out-test")) {
      // originals first, acknowledged, then the copies: partition chosen explicitly so that each
      // copy lands on another partition than its original
      partitions.add(send(producer, 0, "orig-wire", BatchDeduplicatorTest.WIRE));
      partitions.add(send(producer, 1, "orig-other", BatchDeduplicatorTest.OTHER));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> TopicReader.readAll(clients, topics.unique()).size() == 2);
      partitions.add(send(producer, 2, "copy-wire", BatchDeduplicatorTest.WIRE));
      partitions.add(send(producer, 3, "near-wire", near));
      partitions.add(send(producer, 3, "copy-other", BatchDeduplicatorTest.OTHER.toUpperCase()));
    }
    assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2, 3);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> TopicReader.readAll(clients, topics.duplicates()).size() == 3);
    Map<String, JsonNode> verdicts = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record :
        TopicReader.readAll(clients, topics.duplicates())) {
      verdicts.put(record.key(), Json.mapper().readTree(record.value()).get("dedup"));
    }
    assertThat(verdicts.get("copy-wire").get("duplicateOf").asText()).isEqualTo("orig-wire");
    assertThat(verdicts.get("copy-wire").get("status").asText()).isEqualTo("exact");
    assertThat(verdicts.get("near-wire").get("duplicateOf").asText()).isEqualTo("orig-wire");
    assertThat(verdicts.get("near-wire").get("status").asText()).isEqualTo("near");
    assertThat(verdicts.get("copy-other").get("duplicateOf").asText()).isEqualTo("orig-other");
    assertThat(TopicReader.readAll(clients, topics.unique()))
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder("orig-wire", "orig-other");
  }

  private int send(KafkaProducer<String, byte[]> producer, int partition, String id, String text)
      throws Exception {
    RecordMetadata metadata =
        producer
            .send(
                new ProducerRecord<>(
                    topics.tagged(), partition, id, DedupTopologyTest.json(id, text)))
            .get();
    return metadata.partition();
  }
}
