package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.article.UrlCanonicalizer;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.kafka.AtLeastOnceConsumer;
import io.newsflow.kafka.DeadLetters;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.RecordCheck;
import io.newsflow.source.Source;
import io.newsflow.source.SourceType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * One crawler instance. Crawl work is keyed by host through Kafka: discovered URLs go to the
 * crawl-tasks topic keyed by host, and the instances of the crawler consumer group share its
 * partitions, so each host is crawled by exactly one instance at a time; sources are polled by the
 * instance that owns their host's partition. Task offsets are committed only after the article is
 * acknowledged (or the outcome recorded), so a crash loses nothing.
 *
 * <p>Start with {@link #start()}, stop with {@link #close()}; thread-safe.
 */
public final class CrawlerEngine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(CrawlerEngine.class);
  private static final Duration TICK = Duration.ofMillis(500);

  /** Topic names the crawler uses. */
  public record Topics(String tasks, String articles, String events, String dlq) {}

  /**
   * How this instance runs.
   *
   * @param maxRecordBytes bytes of a crawl-tasks record at most; larger ones are dead-lettered
   */
  public record Options(
      String instanceId, String groupId, int maxInFlight, int pollThreads, int maxRecordBytes) {

    /** Settings with the default record bound. */
    public Options(String instanceId, String groupId, int maxInFlight, int pollThreads) {
      this(instanceId, groupId, maxInFlight, pollThreads, DEFAULT_MAX_RECORD_BYTES);
    }
  }

  /** Default of {@code newsflow.crawler.max-record-bytes}. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 65_536;

  static final String STAGE = "crawler";

  private final Options options;
  private final Topics topics;
  private final MeterRegistry metrics;
  private final Supplier<List<Source>> sources;
  private final PoliteFetcher fetcher;
  private final KafkaProducer<String, byte[]> producer;
  private final AtLeastOnceConsumer tasks;
  private final TaskRunner runner;
  private final SourcePoller poller;
  private final SourceStatus status = new SourceStatus();
  private final ExecutorService fetchPool;
  private final ExecutorService pollPool;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService completions;
  private final HostLanes lanes;
  private final Map<String, Instant> nextPoll = new ConcurrentHashMap<>();
  private final Set<String> polling = ConcurrentHashMap.newKeySet();
  private volatile Set<Integer> ownedPartitions = Set.of();
  private volatile boolean running;

  public CrawlerEngine(
      Options options,
      Topics topics,
      KafkaClients clients,
      Supplier<List<Source>> sources,
      PoliteFetcher fetcher,
      int maxConcurrency,
      ArticleExtractor extractor,
      SeenUrls seen,
      MeterRegistry metrics) {
    if (options.maxRecordBytes() < 1) {
      throw new IllegalArgumentException(
          "newsflow.crawler.max-record-bytes must be positive: " + options.maxRecordBytes());
    }
    this.options = options;
    this.topics = topics;
    this.metrics = metrics;
    this.sources = sources;
    this.fetcher = fetcher;
    this.producer = clients.producer("newsflow-crawler-" + options.instanceId());
    this.completions = Executors.newSingleThreadExecutor(daemon("crawl-acks"));
    CrawlEvents events = new CrawlEvents(producer, topics.events(), metrics, options.instanceId());
    PageProcessor pages =
        new PageProcessor(
            extractor,
            new ArticlePublisher(
                producer, topics.articles(), metrics, options.instanceId(), completions),
            seen,
            events,
            metrics);
    this.runner = new TaskRunner(fetcher, pages, seen, events);
    this.poller =
        new SourcePoller(
            fetcher,
            new TaskQueue(producer, topics.tasks(), options.instanceId()),
            seen,
            events,
            pages,
            status);
    this.fetchPool = Executors.newFixedThreadPool(maxConcurrency, daemon("crawl-fetch"));
    this.pollPool = Executors.newFixedThreadPool(options.pollThreads(), daemon("crawl-poll"));
    this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("crawl-schedule"));
    this.lanes = new HostLanes(fetchPool);
    this.tasks =
        new AtLeastOnceConsumer(
            new AtLeastOnceConsumer.Settings(
                "crawl-tasks-" + options.instanceId(),
                topics.tasks(),
                STAGE,
                options.maxInFlight()),
            clients.consumer(options.groupId(), "newsflow-crawler-" + options.instanceId()),
            producer,
            new DeadLetters(producer, topics.dlq(), metrics, completions),
            this::dispatch,
            assigned ->
                ownedPartitions =
                    assigned.stream()
                        .map(TopicPartition::partition)
                        .collect(Collectors.toUnmodifiableSet()));
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    for (String topic : List.of(topics.tasks(), topics.articles(), topics.events(), topics.dlq())) {
      producer.partitionsFor(topic); // metadata now, not inside a send on a hot path
    }
    tasks.start();
    scheduler.scheduleWithFixedDelay(
        this::pollDueSources, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    LOG.infof("Crawler %s started (group %s)", options.instanceId(), options.groupId());
  }

  /** Health of each source this instance polled. */
  public SourceStatus status() {
    return status;
  }

  /** Task-topic partitions this instance owns now. */
  public Set<Integer> ownedPartitions() {
    return ownedPartitions;
  }

  private void pollDueSources() {
    try {
      Instant now = Instant.now();
      for (Source source : sources.get()) {
        if (!source.enabled() || !owns(ownerKey(source))) {
          continue;
        }
        if (now.isBefore(nextPoll.getOrDefault(source.id(), Instant.MIN))
            || !polling.add(source.id())) {
          continue;
        }
        nextPoll.put(source.id(), now.plus(source.interval()));
        pollPool.execute(() -> poll(source));
      }
    } catch (RuntimeException e) {
      LOG.warnf("Scheduling source polls failed: %s", e.toString());
    }
  }

  private void poll(Source source) {
    try {
      int found = poller.poll(source);
      LOG.debugf("Source %s: %d new article URLs", source.id(), found);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      polling.remove(source.id());
    }
  }

  private static String ownerKey(Source source) {
    return source.type() == SourceType.WARC
        ? "warc:" + source.id()
        : UrlCanonicalizer.host(source.url());
  }

  private boolean owns(String key) {
    Set<Integer> owned = ownedPartitions;
    if (owned.isEmpty()) {
      return false;
    }
    int partitions = producer.partitionsFor(topics.tasks()).size();
    int partition =
        Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    return owned.contains(partition);
  }

  /**
   * Starts each task in its host's lane; an oversized, malformed or invalid task fails, so it is
   * dead-lettered.
   */
  private List<CompletableFuture<?>> dispatch(List<ConsumerRecord<String, byte[]>> records) {
    List<CompletableFuture<?>> results = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      CrawlTask task;
      try {
        task = readTask(record.value(), options.maxRecordBytes());
      } catch (RecordCheck.Rejected e) {
        RecordCheck.count(metrics, STAGE, e);
        results.add(
            CompletableFuture.failedFuture(
                new RecordCheck.Rejected(
                    e.reason(), "unreadable crawl task: " + e.getMessage(), e)));
        continue;
      }
      results.add(lanes.submit(UrlCanonicalizer.host(task.url()), () -> run(task)));
    }
    return results;
  }

  /**
   * Reads a crawl-tasks record: a JSON object of at most {@code maxBytes} with a {@code url} (an
   * absolute http(s) URL), a {@code sourceId} and a {@code discoveredAt} instant.
   *
   * @throws RecordCheck.Rejected with the reason otherwise
   */
  static CrawlTask readTask(byte @Nullable [] value, int maxBytes) {
    CrawlTask task =
        RecordCheck.bind(
            RecordCheck.jsonObject(value, maxBytes, "newsflow.crawler.max-record-bytes"),
            CrawlTask.class);
    URI url;
    try {
      url = new URI(task.url());
    } catch (URISyntaxException e) {
      throw RecordCheck.schema("url is not a URL: " + e.getMessage());
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw RecordCheck.schema("url is not an absolute http(s) URL: " + task.url());
    }
    if (task.sourceId().isBlank()) {
      throw RecordCheck.schema("sourceId is blank");
    }
    return task;
  }

  private CompletableFuture<Void> run(CrawlTask task) {
    try {
      return runner.fetch(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    scheduler.shutdownNow();
    pollPool.shutdownNow();
    tasks.close();
    fetchPool.shutdownNow();
    completions.shutdown();
    producer.close(Duration.ofSeconds(10));
    fetcher.close();
    LOG.infof("Crawler %s stopped", options.instanceId());
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
