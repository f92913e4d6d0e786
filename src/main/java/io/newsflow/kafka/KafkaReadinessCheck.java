package io.newsflow.kafka;

import io.newsflow.NewsflowConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jspecify.annotations.Nullable;

/**
 * Ready when the Kafka cluster answers and every newsflow topic exists; DOWN with the reason
 * otherwise. Each call asks the cluster, bounded by a short timeout.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

  private static final int TIMEOUT_MS = 2_000;

  private final KafkaClients clients;
  private final KafkaLifecycle lifecycle;
  private final NewsflowConfig newsflow;
  private @Nullable Admin admin;

  public KafkaReadinessCheck(
      KafkaClients clients, KafkaLifecycle lifecycle, NewsflowConfig newsflow) {
    this.clients = clients;
    this.lifecycle = lifecycle;
    this.newsflow = newsflow;
  }

  @Override
  public HealthCheckResponse call() {
    var response =
        HealthCheckResponse.named("kafka")
            .withData("bootstrapServers", clients.bootstrapServers())
            .withData("embedded", clients.usesEmbeddedBroker());
    if (newsflow.mode() != NewsflowConfig.Mode.SERVICE) {
      return response.up().build();
    }
    try {
      int nodes =
          admin()
              .describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
              .nodes()
              .get(TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS)
              .size();
      if (!lifecycle.topicsReady().isDone()) {
        return response.down().withData("reason", "topics are being created").build();
      }
      return response.up().withData("nodes", nodes).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("reason", "interrupted").build();
    } catch (Exception e) {
      return response.down().withData("reason", "cluster unreachable: " + e).build();
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = clients.admin();
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
