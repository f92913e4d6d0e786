package io.newsflow.dedup;

import io.newsflow.NewsflowConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when this process does not deduplicate, or its Kafka Streams instance runs. */
@Readiness
@ApplicationScoped
public class DedupReadinessCheck implements HealthCheck {

  private final NewsflowConfig newsflow;
  private final DedupService service;

  public DedupReadinessCheck(NewsflowConfig newsflow, DedupService service) {
    this.newsflow = newsflow;
    this.service = service;
  }

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("deduplicator");
    if (!newsflow.runs(NewsflowConfig.Role.DEDUP)) {
      return response.up().withData("role", "off").build();
    }
    return service
        .engine()
        .map(engine -> response.status(engine.isRunning()).withData("state", engine.state().name()))
        .orElseGet(() -> response.down().withData("state", "starting"))
        .build();
  }
}
