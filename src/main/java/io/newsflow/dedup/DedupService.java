package io.newsflow.dedup;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.InstanceNames;
import io.newsflow.NewsflowConfig;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the deduplicator role when {@code newsflow.roles} includes {@code dedup}: checks the
 * settings (bad ones fail startup naming the key) and starts a {@link DedupEngine} once the topics
 * exist. newsflow owns the Kafka Streams lifecycle itself rather than through the Quarkus
 * extension's producer, because the broker may be the embedded one started at run time, the role
 * switch decides whether it runs at all, and the {@code kafka.*} pass-through applies to it as to
 * every other client.
 */
@ApplicationScoped
public class DedupService {

  private static final Logger LOG = Logger.getLogger(DedupService.class);

  private final NewsflowConfig newsflow;
  private final DedupConfig config;
  private final TopicsConfig topics;
  private final KafkaClients clients;
  private final KafkaLifecycle kafka;
  private final MeterRegistry metrics;
  private @Nullable DedupEngine engine;
  private boolean stopped;

  public DedupService(
      NewsflowConfig newsflow,
      DedupConfig config,
      TopicsConfig topics,
      KafkaClients clients,
      KafkaLifecycle kafka,
      MeterRegistry metrics) {
    this.newsflow = newsflow;
    this.config = config;
    this.topics = topics;
    this.clients = clients;
    this.kafka = kafka;
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(KafkaLifecycle.PRIORITY + 100) StartupEvent event) {
    if (!newsflow.runs(NewsflowConfig.Role.DEDUP)) {
      return;
    }
    DedupSettings settings = settings(config);
    kafka.topicsReady().thenRunAsync(() -> start(settings));
  }

  /** The settings, or a failure naming the key that is wrong. */
  static DedupSettings settings(DedupConfig config) {
    try {
      return DedupSettings.from(config);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("newsflow.dedup: " + e.getMessage(), e);
    }
  }

  private synchronized void start(DedupSettings settings) {
    if (stopped) {
      return;
    }
    try {
      String instance = InstanceNames.of(config.instanceId(), "dedup");
      DedupEngine started =
          new DedupEngine(
              new DedupEngine.Options(
                  config.applicationId(),
                  instance,
                  Path.of(newsflow.dataDir(), "dedup"),
                  config.streamThreads(),
                  config.commitInterval(),
                  config.maxRecordBytes(),
                  topics.replicationFactor(),
                  topics.retention()),
              DedupTopology.Topics.of(
                  config.applicationId(),
                  topics.tagged(),
                  topics.unique(),
                  topics.duplicates(),
                  topics.dlq()),
              settings,
              clients,
              metrics);
      started.start();
      engine = started;
    } catch (RuntimeException e) {
      LOG.errorf(e, "The deduplicator could not start");
    }
  }

  /** The running engine, when this process deduplicates. */
  public synchronized Optional<DedupEngine> engine() {
    return Optional.ofNullable(engine);
  }

  synchronized void onStop(@Observes @Priority(KafkaLifecycle.PRIORITY) ShutdownEvent event) {
    stopped = true;
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
