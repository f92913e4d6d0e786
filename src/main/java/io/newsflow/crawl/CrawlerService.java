package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.InstanceNames;
import io.newsflow.NewsflowConfig;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.TopicsConfig;
import io.newsflow.source.SourceRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/** Runs the crawler role when {@code newsflow.roles} includes {@code crawler}. */
@ApplicationScoped
public class CrawlerService {

  private static final Logger LOG = Logger.getLogger(CrawlerService.class);

  private final NewsflowConfig newsflow;
  private final CrawlConfig crawl;
  private final CrawlerConfig crawler;
  private final TopicsConfig topics;
  private final KafkaClients clients;
  private final KafkaLifecycle kafka;
  private final SourceRegistry sources;
  private final ArticleExtractor extractor;
  private final MeterRegistry metrics;
  private @Nullable CrawlerEngine engine;

  public CrawlerService(
      NewsflowConfig newsflow,
      CrawlConfig crawl,
      CrawlerConfig crawler,
      TopicsConfig topics,
      KafkaClients clients,
      KafkaLifecycle kafka,
      SourceRegistry sources,
      ArticleExtractor extractor,
      MeterRegistry metrics) {
    this.newsflow = newsflow;
    this.crawl = crawl;
    this.crawler = crawler;
    this.topics = topics;
    this.clients = clients;
    this.kafka = kafka;
    this.sources = sources;
    this.extractor = extractor;
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(KafkaLifecycle.PRIORITY + 100) StartupEvent event) {
    if (!newsflow.runs(NewsflowConfig.Role.CRAWLER)) {
      return;
    }
    CrawlSettings settings = CrawlSettings.from(crawl);
    kafka.topicsReady().thenRun(() -> start(settings));
  }

  private synchronized void start(CrawlSettings settings) {
    try {
      String instance = InstanceNames.of(crawler.instanceId(), "crawler");
      SeenUrls seen =
          new SeenUrls(Path.of(newsflow.dataDir(), "crawler", "seen-urls"), crawler.seenCapacity());
      CrawlerEngine started =
          new CrawlerEngine(
              new CrawlerEngine.Options(
                  instance,
                  crawler.groupId(),
                  crawler.maxInFlight(),
                  crawler.pollThreads(),
                  crawler.maxRecordBytes()),
              new CrawlerEngine.Topics(
                  topics.crawlTasks(), topics.articles(), topics.crawlEvents(), topics.dlq()),
              clients,
              sources::list,
              PoliteFetcher.create(settings),
              settings.maxConcurrency(),
              extractor,
              seen,
              metrics);
      started.start();
      engine = started;
    } catch (RuntimeException e) {
      LOG.errorf(e, "The crawler could not start");
    }
  }

  /** The running engine, when this process crawls. */
  public Optional<CrawlerEngine> engine() {
    return Optional.ofNullable(engine);
  }

  synchronized void onStop(@Observes @Priority(KafkaLifecycle.PRIORITY) ShutdownEvent event) {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
