package io.newsflow.bench;

import io.newsflow.kafka.KafkaClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the deduplicator's two output topics without a consumer group (partitions assigned, no
 * commits), committed records only. {@link #poll()} returns what arrived since the last call, so
 * one reader follows a run; a new reader reads everything from the beginning. Not thread-safe.
 */
final class OutputReader implements AutoCloseable {

  private final KafkaConsumer<String, byte[]> consumer;
  private final String uniqueTopic;
  private final List<TopicPartition> partitions = new ArrayList<>();

  OutputReader(KafkaClients clients, String uniqueTopic, String duplicatesTopic) {
    this.uniqueTopic = uniqueTopic;
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, clients.bootstrapServers());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-bench-check");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    this.consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    for (String topic : List.of(uniqueTopic, duplicatesTopic)) {
      for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Records that arrived since the last call (waits up to {@code wait} for the first). */
  List<Decision> poll(Duration wait) {
    List<Decision> decisions = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
      decisions.add(Decision.of(record, record.topic().equals(uniqueTopic)));
    }
    return decisions;
  }

  /** Keys (article ids) of the records that arrived since the last call; parses no values. */
  List<String> pollKeys(Duration wait) {
    List<String> keys = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
      keys.add(record.key() == null ? "" : record.key());
    }
    return keys;
  }

  /** Every committed record from the beginning up to the end offsets of now. */
  List<Decision> readToEnd(Duration timeout) {
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Decision> decisions = new ArrayList<>();
    while (!reached(end) && System.nanoTime() < deadline) {
      decisions.addAll(poll(Duration.ofMillis(200)));
    }
    if (!reached(end)) {
      throw new IllegalStateException(
          "could not read the output topics to their end in " + timeout);
    }
    return decisions;
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    for (var entry : end.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
