package io.newsflow.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.kafka.KafkaClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Measures the lag of consumer groups with the AdminClient: committed offsets against end offsets,
 * and, in seconds, the age of the record at each lagging partition's committed offset, over the
 * group's input topics (Kafka Streams' internal topics left out). Publishes the gauges {@code
 * newsflow.kafka.consumer.lag{group}} (records) and {@code
 * newsflow.kafka.consumer.lag.seconds{group}}. Runs on a scheduler thread of its own.
 */
final class LagMonitor implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LagMonitor.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final KafkaClients clients;
  private final List<String> groups;
  private final DashboardState state;
  private final Map<String, GroupLag> latest = new ConcurrentHashMap<>();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "newsflow-dashboard-lag");
            thread.setDaemon(true);
            return thread;
          });
  private @Nullable Admin admin;
  private @Nullable KafkaConsumer<String, byte[]> reader;

  LagMonitor(
      KafkaClients clients, List<String> groups, DashboardState state, MeterRegistry meters) {
    this.clients = clients;
    this.groups = List.copyOf(groups);
    this.state = state;
    for (String group : this.groups) {
      Gauge.builder("newsflow.kafka.consumer.lag", latest, m -> records(m, group))
          .tag("group", group)
          .description("Records between the group's committed offsets and the end offsets")
          .register(meters);
      Gauge.builder("newsflow.kafka.consumer.lag.seconds", latest, m -> seconds(m, group))
          .tag("group", group)
          .description("Age of the oldest record the group has not consumed")
          .baseUnit("seconds")
          .register(meters);
    }
  }

  private static double records(Map<String, GroupLag> latest, String group) {
    GroupLag lag = latest.get(group);
    return lag == null || !"ok".equals(lag.state()) ? Double.NaN : lag.records();
  }

  private static double seconds(Map<String, GroupLag> latest, String group) {
    GroupLag lag = latest.get(group);
    return lag == null || !"ok".equals(lag.state()) ? Double.NaN : lag.seconds();
  }

  void start(Duration interval) {
    scheduler.scheduleWithFixedDelay(
        this::measureAll, 0, Math.max(100, interval.toMillis()), TimeUnit.MILLISECONDS);
  }

  private void measureAll() {
    try {
      if (admin == null) {
        admin = clients.admin();
        reader = clients.reader("newsflow-dashboard-lag");
      }
      List<GroupLag> measured = new ArrayList<>();
      for (String group : groups) {
        GroupLag lag = measure(admin, reader, group);
        latest.put(group, lag);
        measured.add(lag);
      }
      state.lag(measured);
    } catch (RuntimeException e) {
      LOG.warnf("Measuring consumer lag failed: %s", e.getMessage());
      LOG.debug("Lag failure", e);
    }
  }

  /** Lag of one group; an error becomes a value, never an exception. */
  static GroupLag measure(Admin admin, KafkaConsumer<String, byte[]> reader, String group) {
    Instant now = Instant.now();
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetSpec> query = new HashMap<>();
      committed.forEach(
          (partition, offset) -> {
            if (offset != null && !internal(group, partition.topic())) {
              query.put(partition, OffsetSpec.latest());
            }
          });
      if (query.isEmpty()) {
        return new GroupLag(group, "no-offsets", 0, 0, now, null);
      }
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(query).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      long records = 0;
      long oldest = Long.MAX_VALUE;
      for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end :
          ends.entrySet()) {
        long at = committed.get(end.getKey()).offset();
        long behind = Math.max(0, end.getValue().offset() - at);
        records += behind;
        if (behind > 0) {
          Long timestamp = timestampAt(reader, end.getKey(), at);
          if (timestamp != null) {
            oldest = Math.min(oldest, timestamp);
          }
        }
      }
      long seconds =
          oldest == Long.MAX_VALUE ? 0 : Math.max(0, (now.toEpochMilli() - oldest) / 1000);
      return new GroupLag(group, "ok", records, seconds, now, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new GroupLag(group, "error", 0, 0, now, "interrupted");
    } catch (Exception e) {
      return new GroupLag(group, "error", 0, 0, now, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Kafka Streams' own topics ({@code <application-id>-...}: repartition, lookup and report topics)
   * are left out: their backlog is the application's internal work, and their timestamps may be
   * event times rather than when the record was written.
   */
  static boolean internal(String group, String topic) {
    return topic.startsWith(group + "-");
  }

  private static @Nullable Long timestampAt(
      KafkaConsumer<String, byte[]> reader, TopicPartition partition, long offset) {
    reader.assign(List.of(partition));
    reader.seek(partition, offset);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
        return record.timestamp();
      }
    }
    return null;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (admin != null) {
      admin.close(Duration.ofMillis(500));
    }
    if (reader != null) {
      reader.close();
    }
  }
}
