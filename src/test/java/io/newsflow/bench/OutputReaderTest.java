package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.NamedTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The check's reader against a real broker: both topics, from the beginning, any bytes. */
class OutputReaderTest {

  private static final String ID_A = "0123456789abcdef0123456789abcdef";
  private static final String ID_B = "fedcba9876543210fedcba9876543210";

  @Test
  void shouldReadBothTopicsFromTheBeginningWithDecisionTimesAndFields() throws Exception {
    KafkaClients clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    long decided = Instant.parse("2026-03-01T10:00:01Z").toEpochMilli();
    try (KafkaProducer<String, byte[]> producer = clients.producer("output-reader-test")) {
      producer.send(
          record(
              topics.unique(),
              ID_A,
              decided,
              "{\"id\":\""
                  + ID_A
                  + "\",\"fetchedAt\":\"2026-03-01T10:00:00.250Z\","
                  + "\"dedup\":{\"status\":\"unique\",\"duplicateOf\":null}}"));
      producer.send(
          record(
              topics.duplicates(),
              ID_B,
              decided,
              "{\"id\":\""
                  + ID_B
                  + "\",\"fetchedAt\":\"2026-03-01T10:00:00Z\","
                  + "\"dedup\":{\"status\":\"near\",\"duplicateOf\":\""
                  + ID_A
                  + "\",\"similarity\":0.91}}"));
      producer.send(record(topics.duplicates(), "junk-key", decided, "not json {"));
      producer.flush();
    }

    List<Decision> decisions;
    try (OutputReader reader = new OutputReader(clients, topics.unique(), topics.duplicates())) {
      decisions = reader.readToEnd(Duration.ofSeconds(30));
    }

    assertThat(decisions)
        .containsExactlyInAnyOrder(
            new Decision(
                true,
                ID_A,
                Instant.ofEpochMilli(decided),
                Instant.parse("2026-03-01T10:00:00.250Z"),
                null),
            new Decision(
                false,
                ID_B,
                Instant.ofEpochMilli(decided),
                Instant.parse("2026-03-01T10:00:00Z"),
                ID_A),
            new Decision(false, "junk-key", Instant.ofEpochMilli(decided), null, null));
  }

  private static ProducerRecord<String, byte[]> record(
      String topic, String key, long timestamp, String json) {
    return new ProducerRecord<>(topic, null, timestamp, key, json.getBytes(StandardCharsets.UTF_8));
  }
}
