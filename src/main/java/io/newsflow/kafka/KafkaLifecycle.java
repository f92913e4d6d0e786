package io.newsflow.kafka;

import io.newsflow.NewsflowConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Brings Kafka up for the service: starts the embedded broker when no bootstrap servers are
 * configured, then creates missing topics in the background, retrying until the broker answers.
 *
 * <p>Parts of the service that need the topics wait on {@link #topicsReady()}. Nothing here runs
 * when the jar runs a subcommand.
 */
@ApplicationScoped
public class KafkaLifecycle {

  /** Runs before every role's startup observer and stops after every role has. */
  public static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(KafkaLifecycle.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  private final NewsflowConfig newsflow;
  private final EmbeddedKafkaConfig embeddedConfig;
  private final TopicsConfig topicsConfig;
  private final KafkaClients clients;
  private final CompletableFuture<Void> topicsReady = new CompletableFuture<>();
  private @Nullable EmbeddedKafka broker;
  private @Nullable Thread initializer;

  public KafkaLifecycle(
      NewsflowConfig newsflow,
      EmbeddedKafkaConfig embeddedConfig,
      TopicsConfig topicsConfig,
      KafkaClients clients) {
    this.newsflow = newsflow;
    this.embeddedConfig = embeddedConfig;
    this.topicsConfig = topicsConfig;
    this.clients = clients;
  }

  void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
    if (newsflow.mode() != NewsflowConfig.Mode.SERVICE) {
      return;
    }
    if (clients.usesEmbeddedBroker()) {
      broker =
          new EmbeddedKafka(
                  Path.of(newsflow.dataDir()),
                  embeddedConfig.port(),
                  embeddedConfig.controllerPort())
              .start();
    } else {
      LOG.infof("Using the Kafka cluster at %s", clients.bootstrapServers());
    }
    Thread thread = new Thread(this::initializeTopics, "newsflow-topics");
    thread.setDaemon(true);
    thread.start();
    initializer = thread;
  }

  void onStop(@Observes @Priority(Integer.MAX_VALUE - 100) ShutdownEvent event) {
    Thread thread = initializer;
    if (thread != null) {
      thread.interrupt();
    }
    EmbeddedKafka running = broker;
    if (running != null) {
      running.stop();
    }
  }

  /** Completes once every newsflow topic exists. */
  public CompletableFuture<Void> topicsReady() {
    return topicsReady;
  }

  private void initializeTopics() {
    TopicInitializer topics = new TopicInitializer(topicsConfig);
    Backoff backoff = new Backoff(Duration.ofMillis(200), MAX_BACKOFF);
    int attempt = 1;
    try (Admin admin = clients.admin()) {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          topics.createMissing(admin);
          topicsReady.complete(null);
          return;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          LOG.warnf(
              "Creating topics on %s failed (attempt %d): %s",
              clients.bootstrapServers(), attempt++, e.getMessage());
          LOG.debug("Topic creation failure", e);
        }
        if (!backoff.pause()) {
          return;
        }
      }
    }
  }
}
