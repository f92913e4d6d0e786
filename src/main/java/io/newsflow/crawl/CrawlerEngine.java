package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.article.Json;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.kafka.DeadLetters;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.OffsetTracker;
import io.newsflow.source.Source;
import io.newsflow.source.SourceType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
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
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
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

  /** How this instance runs. */
  public record Options(String instanceId, String groupId, int maxInFlight, int pollThreads) {}

  private final Options options;
  private final Topics topics;
  private final Supplier<List<Source>> sources;
  private final PoliteFetcher fetcher;
  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final DeadLetters deadLetters;
  private final TaskRunner runner;
  private final SourcePoller poller;
  private final SourceStatus status = new SourceStatus();
  private final OffsetTracker offsets = new OffsetTracker();
  private final ExecutorService fetchPool;
  private final ExecutorService pollPool;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService completions;
  private final HostLanes lanes;
  private final Map<String, Instant> nextPoll = new ConcurrentHashMap<>();
  private final Set<String> polling = ConcurrentHashMap.newKeySet();
  private volatile Set<Integer> ownedPartitions = Set.of();
  private volatile boolean running;
  private @Nullable Thread consumerThread;

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
    this.options = options;
    this.topics = topics;
    this.sources = sources;
    this.fetcher = fetcher;
    this.producer = clients.producer("newsflow-crawler-" + options.instanceId());
    this.consumer = clients.consumer(options.groupId(), "newsflow-crawler-" + options.instanceId());
    this.completions = Executors.newSingleThreadExecutor(daemon("crawl-acks"));
    this.deadLetters = new DeadLetters(producer, topics.dlq(), metrics, completions);
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
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    for (String topic : List.of(topics.tasks(), topics.articles(), topics.events(), topics.dlq())) {
      producer.partitionsFor(topic); // metadata now, not inside a send on a hot path
    }
    Thread thread = new Thread(this::consumeTasks, "crawl-tasks-" + options.instanceId());
    thread.setDaemon(true);
    thread.start();
    consumerThread = thread;
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

  private void consumeTasks() {
    consumer.subscribe(List.of(topics.tasks()), new Rebalance());
    boolean paused = false;
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          dispatch(record);
        }
        commit();
        int inFlight = offsets.inFlight();
        if (inFlight > options.maxInFlight()) {
          consumer.pause(consumer.assignment());
          paused = true;
        } else if (paused && inFlight < options.maxInFlight() / 2) {
          consumer.resume(consumer.paused());
          paused = false;
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (RuntimeException e) {
      LOG.errorf(e, "Crawl task consumer %s failed", options.instanceId());
    } finally {
      try {
        consumer.commitSync(offsets.committable());
      } catch (RuntimeException e) {
        LOG.warnf("Final commit failed: %s", e.getMessage());
      }
      consumer.close();
    }
  }

  private void dispatch(ConsumerRecord<String, byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    offsets.started(partition, record.offset());
    CrawlTask task;
    try {
      task = Json.read(record.value(), CrawlTask.class);
    } catch (Exception e) {
      deadLetter(record, partition, "unreadable crawl task: " + e.getMessage());
      return;
    }
    lanes
        .submit(UrlCanonicalizer.host(task.url()), () -> run(task))
        .whenComplete(
            (v, error) -> {
              Throwable cause =
                  error instanceof java.util.concurrent.CompletionException c
                      ? c.getCause()
                      : error;
              if (error == null) {
                offsets.done(partition, record.offset());
              } else if (!(cause instanceof InterruptedException) && running) {
                deadLetter(record, partition, "crawling failed: " + cause);
              }
            });
  }

  private CompletableFuture<Void> run(CrawlTask task) {
    try {
      return runner.fetch(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }

  private void deadLetter(
      ConsumerRecord<String, byte[]> record, TopicPartition partition, String reason) {
    deadLetters
        .send(record, "crawler", reason)
        .whenComplete(
            (metadata, error) -> {
              if (error == null) {
                offsets.done(partition, record.offset());
              } else {
                LOG.errorf("Dead-lettering %s failed; it will be read again: %s", record, error);
              }
            });
  }

  private void commit() {
    var ready = offsets.committable();
    if (!ready.isEmpty()) {
      consumer.commitAsync(
          ready,
          (committed, error) -> {
            if (error != null) {
              LOG.warnf("Committing crawl task offsets failed: %s", error.getMessage());
            }
          });
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
      try {
        consumer.commitSync(offsets.committable());
      } catch (RuntimeException e) {
        LOG.warnf("Commit on revocation failed: %s", e.getMessage());
      }
      offsets.forget(revoked);
      ownedPartitions = partitionsOf(consumer.assignment(), revoked);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
      ownedPartitions = partitionsOf(consumer.assignment(), List.of());
      LOG.infof("Crawler %s owns task partitions %s", options.instanceId(), ownedPartitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
      offsets.forget(lost);
      ownedPartitions = partitionsOf(consumer.assignment(), lost);
    }
  }

  private static Set<Integer> partitionsOf(
      Collection<TopicPartition> assignment, Collection<TopicPartition> without) {
    return assignment.stream()
        .filter(tp -> !without.contains(tp))
        .map(TopicPartition::partition)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    scheduler.shutdownNow();
    pollPool.shutdownNow();
    consumer.wakeup();
    Thread thread = consumerThread;
    if (thread != null) {
      try {
        thread.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
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
