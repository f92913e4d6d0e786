package io.newsflow.dashboard;

import io.newsflow.kafka.Backoff;
import io.newsflow.kafka.KafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Follows the pipeline's topics for the dashboard without a consumer group: assigns every
 * partition, starts one window back by timestamp, and hands each record to the {@link
 * DashboardState}. When Kafka fails it reconnects with a bounded backoff and goes on from where it
 * was. Runs on a thread of its own between {@link #start()} and {@link #close()}.
 */
final class TopicTail implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TopicTail.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  private final KafkaClients clients;
  private final DashboardState state;
  private final Map<TopicPartition, Long> positions = new HashMap<>();
  private volatile boolean running;
  private volatile @Nullable KafkaConsumer<String, byte[]> consumer;
  private @Nullable Thread thread;

  TopicTail(KafkaClients clients, DashboardState state) {
    this.clients = clients;
    this.state = state;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    Thread started = new Thread(this::run, "newsflow-dashboard-tail");
    started.setDaemon(true);
    started.start();
    thread = started;
  }

  private void run() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), MAX_BACKOFF);
    while (running) {
      try (KafkaConsumer<String, byte[]> opened = clients.reader("newsflow-dashboard")) {
        consumer = opened;
        assign(opened);
        state.reading(true);
        backoff.reset();
        while (running) {
          for (ConsumerRecord<String, byte[]> record : opened.poll(Duration.ofMillis(500))) {
            state.accept(record);
            positions.put(
                new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
          }
        }
      } catch (WakeupException e) {
        // closing
      } catch (RuntimeException e) {
        state.reading(false);
        LOG.warnf("Reading the topics for the dashboard failed: %s", e.getMessage());
        LOG.debug("Dashboard reader failure", e);
      } finally {
        consumer = null;
      }
      if (running && !backoff.pause()) {
        return;
      }
    }
  }

  /** Assigns every partition; new ones start one window back, known ones where they were. */
  private void assign(KafkaConsumer<String, byte[]> opened) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : state.topics()) {
      List<PartitionInfo> infos = opened.partitionsFor(topic, Duration.ofSeconds(30));
      if (infos != null) {
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
      }
    }
    opened.assign(partitions);
    long since = Instant.now().minus(state.window()).toEpochMilli();
    Map<TopicPartition, Long> query = new HashMap<>();
    for (TopicPartition partition : partitions) {
      Long known = positions.get(partition);
      if (known != null) {
        opened.seek(partition, known);
      } else {
        query.put(partition, since);
      }
    }
    if (query.isEmpty()) {
      return;
    }
    // end offsets first: a partition with nothing newer than the window starts where it ended
    // before the time lookup, so nothing written while the lookups run is skipped
    Map<TopicPartition, Long> ends = opened.endOffsets(query.keySet(), Duration.ofSeconds(30));
    Map<TopicPartition, OffsetAndTimestamp> found =
        opened.offsetsForTimes(query, Duration.ofSeconds(30));
    for (TopicPartition partition : query.keySet()) {
      OffsetAndTimestamp offset = found.get(partition);
      opened.seek(partition, offset != null ? offset.offset() : ends.getOrDefault(partition, 0L));
    }
  }

  @Override
  public void close() {
    Thread running;
    synchronized (this) {
      this.running = false;
      running = thread;
      thread = null;
    }
    KafkaConsumer<String, byte[]> open = consumer;
    if (open != null) {
      open.wakeup();
    }
    if (running != null) {
      try {
        running.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
