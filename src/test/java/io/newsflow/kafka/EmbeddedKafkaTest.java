package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

  @TempDir Path dir;

  @Test
  void shouldKeepTopicsAndRecordsAcrossARestartOnTheSameDirectory() throws Exception {
    try (EmbeddedKafka broker = new EmbeddedKafka(dir, 0, 0).start()) {
      KafkaClients clients = new KafkaClients(Map.of(), broker.port());
      try (Admin admin = clients.admin()) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
      }
      try (KafkaProducer<String, byte[]> producer = clients.producer("test")) {
        producer.send(new ProducerRecord<>("kept", "k", bytes("before restart"))).get();
      }
    }
    String metaBefore = Files.readString(dir.resolve("kafka/meta.properties"));

    try (EmbeddedKafka broker = new EmbeddedKafka(dir, 0, 0).start()) {
      KafkaClients clients = new KafkaClients(Map.of(), broker.port());
      try (Admin admin = clients.admin()) {
        assertThat(admin.listTopics().names().get()).contains("kept");
      }
      assertThat(readAll(clients, "kept", 1)).containsExactly("before restart");
    }
    assertThat(Files.readString(dir.resolve("kafka/meta.properties")))
        .as("storage is formatted only once")
        .isEqualTo(metaBefore);
  }

  static List<String> readAll(KafkaClients clients, String topic, int expected) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = clients.consumer("reader-" + topic, "reader")) {
      consumer.subscribe(Set.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(new String(record.value(), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
