package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** Dead letters against a real broker. */
class DeadLettersTest {

  @Test
  void shouldSendARecordTooLargeForTheProducerCutRatherThanNotAtAll() throws Exception {
    KafkaClients clients =
        new KafkaClients(
            Map.of(
                "bootstrap.servers",
                KafkaTestResource.bootstrapServers(),
                "max.request.size",
                "100000"),
            0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    byte[] value = new byte[300_000];
    Arrays.fill(value, (byte) 'x');
    ConsumerRecord<String, byte[]> record =
        new ConsumerRecord<>(
            topics.articles(),
            2,
            41L,
            -1L,
            TimestampType.CREATE_TIME,
            0,
            value.length,
            "k",
            value,
            new RecordHeaders(),
            Optional.empty());

    try (KafkaProducer<String, byte[]> producer = clients.producer("dlq-test")) {
      new DeadLetters(producer, topics.dlq(), new SimpleMeterRegistry(), Runnable::run)
          .send(record, "tagger", "oversized record\nsecond line")
          .get();
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !TopicReader.readAll(clients, topics.dlq()).isEmpty());
    List<ConsumerRecord<String, byte[]>> dead = TopicReader.readAll(clients, topics.dlq());
    assertThat(dead).hasSize(1);
    ConsumerRecord<String, byte[]> letter = dead.get(0);
    assertThat(letter.value()).hasSize(DeadLetters.TRUNCATED_BYTES);
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).matches("x+");
    assertThat(CloudEvents.header(letter.headers(), "dlq.truncated")).isEqualTo("true");
    assertThat(CloudEvents.header(letter.headers(), "dlq.original-size")).isEqualTo("300000");
    assertThat(CloudEvents.header(letter.headers(), "dlq.offset")).isEqualTo("41");
    assertThat(CloudEvents.header(letter.headers(), "dlq.error"))
        .isEqualTo("oversized record\\u000asecond line");
  }
}
