package io.newsflow.dedup;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.kafka.KafkaClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * One deduplicator instance: the {@link DedupTopology} in a {@link KafkaStreams} with exactly-once
 * processing. Instances with the same application id share the work by Kafka Streams tasks; their
 * state (RocksDB under {@code stateDir}) is restored from changelog topics when a task moves.
 */
public final class DedupEngine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DedupEngine.class);

  /**
   * @param instanceId this instance's name in client ids and CloudEvents sources
   * @param stateDir where the instance keeps its stores
   */
  public record Options(
      String applicationId,
      String instanceId,
      Path stateDir,
      int streamThreads,
      Duration commitInterval,
      int maxRecordBytes,
      short replicationFactor,
      Duration topicRetention) {}

  private final KafkaStreams streams;

  public DedupEngine(
      Options options,
      DedupTopology.Topics topics,
      DedupSettings settings,
      KafkaClients clients,
      MeterRegistry metrics) {
    createStageTopics(options, topics, clients);
    Properties props = new Properties();
    props.putAll(clients.settings());
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, options.applicationId());
    props.put(StreamsConfig.CLIENT_ID_CONFIG, options.applicationId() + "-" + options.instanceId());
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.streamThreads());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, options.commitInterval().toMillis());
    props.put(StreamsConfig.STATE_DIR_CONFIG, options.stateDir().toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) options.replicationFactor());
    streams =
        new KafkaStreams(
            DedupTopology.build(
                topics,
                settings,
                options.maxRecordBytes(),
                "/newsflow/dedup/" + options.instanceId(),
                metrics),
            props);
    streams.setUncaughtExceptionHandler(
        error -> {
          LOG.errorf(error, "A deduplicator thread failed; replacing it");
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streams.setStateListener(
        (now, before) -> LOG.infof("Deduplicator %s: %s -> %s", options.instanceId(), before, now));
  }

  public void start() {
    streams.start();
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** Running or rebalancing: the instance takes part in the work. */
  public boolean isRunning() {
    return streams.state().isRunningOrRebalancing();
  }

  /** Kafka Streams tasks this instance runs now. */
  public int activeTasks() {
    return streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }

  /**
   * The two topics between the stages, partitioned like the input so that every instance can own
   * tasks of every stage.
   */
  private static void createStageTopics(
      Options options, DedupTopology.Topics topics, KafkaClients clients) {
    try (Admin admin = clients.admin()) {
      int partitions =
          admin
              .describeTopics(List.of(topics.tagged()))
              .allTopicNames()
              .get()
              .get(topics.tagged())
              .partitions()
              .size();
      for (String name : List.of(topics.keys(), topics.reports())) {
        try {
          admin
              .createTopics(
                  List.of(
                      new NewTopic(name, partitions, options.replicationFactor())
                          .configs(
                              Map.of(
                                  "retention.ms",
                                  Long.toString(options.topicRetention().toMillis())))))
              .all()
              .get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Cannot create the deduplicator's topics: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating the deduplicator's topics", e);
    }
  }
}
