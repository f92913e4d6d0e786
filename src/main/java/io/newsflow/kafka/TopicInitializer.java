package io.newsflow.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates newsflow's topics with AdminClient when they are missing; existing topics are left as
 * they are. Stateless apart from the admin client it is given; call from one thread.
 */
public final class TopicInitializer {

  private static final Logger LOG = Logger.getLogger(TopicInitializer.class);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

  private final TopicsConfig config;

  public TopicInitializer(TopicsConfig config) {
    this.config = config;
  }

  /**
   * Creates every missing topic and returns the names it created.
   *
   * @throws ExecutionException when the broker refuses (unreachable, not authorized, bad config)
   */
  public List<String> createMissing(Admin admin)
      throws ExecutionException, InterruptedException, TimeoutException {
    Set<String> existing =
        admin.listTopics().names().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    List<NewTopic> missing = new ArrayList<>();
    for (String name : config.all()) {
      if (!existing.contains(name)) {
        missing.add(newTopic(name));
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<String> created = new ArrayList<>();
    for (var entry : admin.createTopics(missing).values().entrySet()) {
      try {
        entry.getValue().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        created.add(entry.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    LOG.infof("Created topics %s", created);
    return created;
  }

  /** The topic as newsflow creates it: partitions, replication, retention and cleanup policy. */
  public NewTopic newTopic(String name) {
    Map<String, String> settings = new HashMap<>(config.config());
    Duration retention = name.equals(config.dlq()) ? config.dlqRetention() : config.retention();
    settings.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
    boolean compacted = config.compacted().map(names -> names.contains(name)).orElse(false);
    settings.put(
        TopicConfig.CLEANUP_POLICY_CONFIG,
        compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
    return new NewTopic(name, config.partitions(), config.replicationFactor()).configs(settings);
  }
}
