package io.newsflow.dashboard;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.NewsflowConfig;
import io.newsflow.crawl.CrawlerConfig;
import io.newsflow.dedup.DedupConfig;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.TopicsConfig;
import io.newsflow.source.Source;
import io.newsflow.source.SourceRegistry;
import io.newsflow.tag.TagConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the dashboard role when {@code newsflow.roles} includes {@code dashboard}: once the topics
 * exist, follows them ({@link TopicTail}) and measures consumer lag ({@link LagMonitor}).
 * Everything comes from Kafka, so the dashboard may run in a process of its own.
 */
@ApplicationScoped
public class DashboardService {

  private static final Logger LOG = Logger.getLogger(DashboardService.class);

  private final NewsflowConfig newsflow;
  private final DashboardConfig config;
  private final KafkaClients clients;
  private final KafkaLifecycle kafka;
  private final SourceRegistry registry;
  private final MeterRegistry meters;
  private final DashboardState state;
  private final List<String> groups;
  private @Nullable TopicTail tail;
  private @Nullable LagMonitor lag;

  public DashboardService(
      NewsflowConfig newsflow,
      DashboardConfig config,
      TopicsConfig topics,
      KafkaClients clients,
      KafkaLifecycle kafka,
      SourceRegistry registry,
      MeterRegistry meters,
      CrawlerConfig crawler,
      TagConfig tagger,
      DedupConfig dedup) {
    this.newsflow = newsflow;
    this.config = config;
    this.clients = clients;
    this.kafka = kafka;
    this.registry = registry;
    this.meters = meters;
    this.groups =
        config
            .groups()
            .orElseGet(() -> List.of(crawler.groupId(), tagger.groupId(), dedup.applicationId()));
    try {
      this.state =
          new DashboardState(
              topics,
              config.window(),
              config.maxArticles(),
              Clock.systemUTC(),
              topic -> meters.counter("newsflow.dashboard.unreadable", "topic", topic).increment());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  void onStart(@Observes @Priority(KafkaLifecycle.PRIORITY + 100) StartupEvent event) {
    if (!newsflow.runs(NewsflowConfig.Role.DASHBOARD)) {
      return;
    }
    if (groups.isEmpty()) {
      throw new IllegalStateException("newsflow.dashboard.groups must name at least one group");
    }
    kafka.topicsReady().thenRun(this::start);
  }

  private synchronized void start() {
    try {
      TopicTail started = new TopicTail(clients, state);
      started.start();
      tail = started;
      LagMonitor monitor = new LagMonitor(clients, groups, state, meters);
      monitor.start(config.lagInterval());
      lag = monitor;
    } catch (RuntimeException e) {
      LOG.errorf(e, "The dashboard could not start");
    }
  }

  /** True when this process runs the dashboard role. */
  public boolean running() {
    return newsflow.runs(NewsflowConfig.Role.DASHBOARD);
  }

  DashboardState state() {
    return state;
  }

  DashboardConfig config() {
    return config;
  }

  /** Source ids configured in this process, with whether each is enabled. */
  Map<String, Boolean> configuredSources() {
    Map<String, Boolean> configured = new LinkedHashMap<>();
    for (Source source : registry.list()) {
      configured.put(source.id(), source.enabled());
    }
    return configured;
  }

  List<SourceRow> sources() {
    return state.sources(this::configuredSources);
  }

  Optional<SourceRow> source(String id) {
    return sources().stream().filter(row -> row.id().equals(id)).findFirst();
  }

  synchronized void onStop(@Observes @Priority(KafkaLifecycle.PRIORITY) ShutdownEvent event) {
    if (tail != null) {
      tail.close();
      tail = null;
    }
    if (lag != null) {
      lag.close();
      lag = null;
    }
  }
}
