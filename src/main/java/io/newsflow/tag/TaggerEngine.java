package io.newsflow.tag;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.article.Json;
import io.newsflow.kafka.ArticleCheck;
import io.newsflow.kafka.AtLeastOnceConsumer;
import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.DeadLetters;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.RecordCheck;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * One tagger instance: reads articles, writes each with its tags to the tagged topic under the same
 * key, and commits an offset only after the output (or the dead letter) is acknowledged, so a crash
 * loses nothing. A record that cannot be parsed or tagged goes to the dead-letter topic with stage
 * {@code tagger} and consumption goes on. Instances in one consumer group share the partitions.
 * Counts {@code newsflow.tag.articles{outcome}} and times {@code newsflow.tag.duration}.
 *
 * <p>Start with {@link #start()}, stop with {@link #close()}; thread-safe.
 */
public final class TaggerEngine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TaggerEngine.class);
  static final String TYPE = "io.newsflow.article.tagged.v1";
  static final String STAGE = "tagger";

  /** Topic names the tagger uses. */
  public record Topics(String articles, String tagged, String dlq) {}

  /**
   * How this instance runs.
   *
   * @param maxRecordBytes bytes of an articles record at most; larger ones are dead-lettered
   */
  public record Options(String instanceId, String groupId, int maxInFlight, int maxRecordBytes) {

    /** Settings with the default record bound. */
    public Options(String instanceId, String groupId, int maxInFlight) {
      this(instanceId, groupId, maxInFlight, DEFAULT_MAX_RECORD_BYTES);
    }
  }

  /** Default of {@code newsflow.tag.max-record-bytes}. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 524_288;

  private static final String MAX_RECORD_BYTES_KEY = "newsflow.tag.max-record-bytes";

  private final Options options;
  private final Topics topics;
  private final TaggedJson tagger;
  private final MeterRegistry metrics;
  private final KafkaProducer<String, byte[]> producer;
  private final ExecutorService completions;
  private final AtLeastOnceConsumer articles;
  private final String ceSource;
  private volatile Set<TopicPartition> assigned = Set.of();
  private volatile boolean running;

  public TaggerEngine(
      Options options,
      Topics topics,
      KafkaClients clients,
      TaggedJson tagger,
      MeterRegistry metrics) {
    if (options.maxInFlight() < 1) {
      throw new IllegalArgumentException("maxInFlight must be positive: " + options.maxInFlight());
    }
    if (options.maxRecordBytes() < 1) {
      throw new IllegalArgumentException(
          "maxRecordBytes must be positive: " + options.maxRecordBytes());
    }
    this.options = options;
    this.topics = topics;
    this.tagger = tagger;
    this.metrics = metrics;
    this.producer = clients.producer("newsflow-tagger-" + options.instanceId());
    this.completions =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "tag-acks");
              thread.setDaemon(true);
              return thread;
            });
    this.ceSource = "/newsflow/tagger/" + options.instanceId();
    this.articles =
        new AtLeastOnceConsumer(
            new AtLeastOnceConsumer.Settings(
                "tagger-" + options.instanceId(), topics.articles(), STAGE, options.maxInFlight()),
            clients.consumer(options.groupId(), "newsflow-tagger-" + options.instanceId()),
            producer,
            new DeadLetters(producer, topics.dlq(), metrics, completions),
            this::process,
            partitions -> assigned = partitions);
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    articles.start();
    LOG.infof("Tagger %s started (group %s)", options.instanceId(), options.groupId());
  }

  /** Input partitions this instance owns now (instances in one group share them). */
  public Set<TopicPartition> assignedPartitions() {
    return assigned;
  }

  /**
   * Checks each record ({@link ArticleCheck}), tags the good ones in batches, then publishes each;
   * one that is refused or cannot be tagged fails, so it is dead-lettered.
   */
  private List<CompletableFuture<?>> process(List<ConsumerRecord<String, byte[]>> records) {
    List<CompletableFuture<?>> results = new ArrayList<>(records.size());
    List<ConsumerRecord<String, byte[]>> accepted = new ArrayList<>(records.size());
    List<Integer> positions = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        ArticleCheck.check(record.value(), options.maxRecordBytes(), MAX_RECORD_BYTES_KEY);
        positions.add(results.size());
        accepted.add(record);
        results.add(null);
      } catch (RecordCheck.Rejected e) {
        RecordCheck.count(metrics, STAGE, e);
        metrics.counter("newsflow.tag.articles", "outcome", "failed").increment();
        results.add(CompletableFuture.failedFuture(e));
      }
    }
    List<CompletableFuture<?>> tagged = tag(accepted);
    for (int i = 0; i < tagged.size(); i++) {
      results.set(positions.get(i), tagged.get(i));
    }
    return results;
  }

  /** Tags records in batches, then publishes each; one that cannot be tagged fails. */
  private List<CompletableFuture<?>> tag(List<ConsumerRecord<String, byte[]>> records) {
    List<CompletableFuture<?>> results = new ArrayList<>(records.size());
    for (int from = 0; from < records.size(); from += TaggedJson.BATCH) {
      List<ConsumerRecord<String, byte[]>> batch =
          records.subList(from, Math.min(records.size(), from + TaggedJson.BATCH));
      List<byte[]> values = new ArrayList<>(batch.size());
      batch.forEach(record -> values.add(record.value()));
      long start = System.nanoTime();
      List<TaggedJson.Outcome> outcomes = tagger.tagAll(values);
      long each = (System.nanoTime() - start) / batch.size();
      Timer duration = metrics.timer("newsflow.tag.duration");
      for (int i = 0; i < batch.size(); i++) {
        duration.record(each, TimeUnit.NANOSECONDS);
        TaggedJson.Outcome outcome = outcomes.get(i);
        if (outcome instanceof TaggedJson.Tagged tagged) {
          results.add(publish(batch.get(i), tagged.json()));
        } else {
          metrics.counter("newsflow.tag.articles", "outcome", "failed").increment();
          results.add(
              CompletableFuture.failedFuture(
                  new IllegalArgumentException(
                      "cannot tag: " + ((TaggedJson.Failed) outcome).reason())));
        }
      }
    }
    return results;
  }

  /** Sends the tagged article; completes on the acknowledgement, off the producer's I/O thread. */
  private CompletableFuture<Void> publish(
      ConsumerRecord<String, byte[]> record, ObjectNode tagged) {
    String id = tagged.path("id").asText(record.key() == null ? "" : record.key());
    CloudEvents ce =
        new CloudEvents(
            id.isEmpty() ? record.topic() + "-" + record.partition() + "-" + record.offset() : id,
            ceSource,
            TYPE,
            Instant.now());
    byte[] value = Json.write(tagged).getBytes(StandardCharsets.UTF_8);
    CompletableFuture<Void> acked = new CompletableFuture<>();
    producer.send(
        new ProducerRecord<>(topics.tagged(), null, record.key(), value, ce.toHeaders()),
        (metadata, error) ->
            completions.execute(
                () -> {
                  if (error == null) {
                    metrics.counter("newsflow.tag.articles", "outcome", "tagged").increment();
                    acked.complete(null);
                  } else {
                    acked.completeExceptionally(error);
                  }
                }));
    return acked;
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    articles.close();
    producer.close(Duration.ofSeconds(10));
    completions.shutdown();
    LOG.infof("Tagger %s stopped", options.instanceId());
  }
}
