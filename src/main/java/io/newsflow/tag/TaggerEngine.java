package io.newsflow.tag;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.article.Json;
import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.DeadLetters;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.OffsetTracker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

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

  /** How this instance runs. */
  public record Options(String instanceId, String groupId, int maxInFlight) {}

  private final Options options;
  private final Topics topics;
  private final TaggedJson tagger;
  private final MeterRegistry metrics;
  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final ExecutorService completions;
  private final DeadLetters deadLetters;
  private final OffsetTracker offsets = new OffsetTracker();
  private final String ceSource;
  private volatile Set<TopicPartition> assigned = Set.of();
  private volatile boolean running;
  private @Nullable Thread consumerThread;

  public TaggerEngine(
      Options options,
      Topics topics,
      KafkaClients clients,
      TaggedJson tagger,
      MeterRegistry metrics) {
    if (options.maxInFlight() < 1) {
      throw new IllegalArgumentException("maxInFlight must be positive: " + options.maxInFlight());
    }
    this.options = options;
    this.topics = topics;
    this.tagger = tagger;
    this.metrics = metrics;
    this.producer = clients.producer("newsflow-tagger-" + options.instanceId());
    this.consumer = clients.consumer(options.groupId(), "newsflow-tagger-" + options.instanceId());
    this.completions =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "tag-acks");
              thread.setDaemon(true);
              return thread;
            });
    this.deadLetters = new DeadLetters(producer, topics.dlq(), metrics, completions);
    this.ceSource = "/newsflow/tagger/" + options.instanceId();
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    Thread thread = new Thread(this::consume, "tagger-" + options.instanceId());
    thread.setDaemon(true);
    thread.start();
    consumerThread = thread;
    LOG.infof("Tagger %s started (group %s)", options.instanceId(), options.groupId());
  }

  /** Input partitions this instance owns now (instances in one group share them). */
  public Set<TopicPartition> assignedPartitions() {
    return assigned;
  }

  private void consume() {
    consumer.subscribe(List.of(topics.articles()), new Rebalance());
    boolean paused = false;
    try {
      while (running) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          batch.add(record);
          if (batch.size() == TaggedJson.BATCH) {
            process(batch);
            batch.clear();
          }
        }
        process(batch);
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
      LOG.errorf(e, "Tagger %s failed", options.instanceId());
    } finally {
      try {
        producer.flush();
        consumer.commitSync(offsets.committable());
      } catch (RuntimeException e) {
        LOG.warnf("Final commit failed: %s", e.getMessage());
      }
      consumer.close();
    }
  }

  /** Tags records together, then publishes or dead-letters each. */
  private void process(List<ConsumerRecord<String, byte[]>> records) {
    if (records.isEmpty()) {
      return;
    }
    List<byte[]> values = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      offsets.started(new TopicPartition(record.topic(), record.partition()), record.offset());
      values.add(record.value());
    }
    long start = System.nanoTime();
    List<TaggedJson.Outcome> outcomes = tagger.tagAll(values);
    long each = (System.nanoTime() - start) / records.size();
    Timer duration = metrics.timer("newsflow.tag.duration");
    for (int i = 0; i < records.size(); i++) {
      duration.record(each, TimeUnit.NANOSECONDS);
      ConsumerRecord<String, byte[]> record = records.get(i);
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      TaggedJson.Outcome outcome = outcomes.get(i);
      if (outcome instanceof TaggedJson.Tagged tagged) {
        publish(record, partition, tagged.json());
      } else {
        metrics.counter("newsflow.tag.articles", "outcome", "failed").increment();
        deadLetter(record, partition, "cannot tag: " + ((TaggedJson.Failed) outcome).reason());
      }
    }
  }

  private void publish(
      ConsumerRecord<String, byte[]> record, TopicPartition partition, ObjectNode tagged) {
    String id = tagged.path("id").asText(record.key() == null ? "" : record.key());
    CloudEvents ce =
        new CloudEvents(
            id.isEmpty() ? record.topic() + "-" + record.partition() + "-" + record.offset() : id,
            ceSource,
            TYPE,
            Instant.now());
    byte[] value = Json.write(tagged).getBytes(StandardCharsets.UTF_8);
    producer.send(
        new ProducerRecord<>(topics.tagged(), null, record.key(), value, ce.toHeaders()),
        (metadata, error) ->
            completions.execute(
                () -> {
                  if (error == null) {
                    metrics.counter("newsflow.tag.articles", "outcome", "tagged").increment();
                    offsets.done(partition, record.offset());
                  } else {
                    LOG.errorf(
                        "Publishing tagged %s-%d@%d failed; it will be read again: %s",
                        record.topic(), record.partition(), record.offset(), error.toString());
                  }
                }));
  }

  private void deadLetter(
      ConsumerRecord<String, byte[]> record, TopicPartition partition, String reason) {
    deadLetters
        .send(record, STAGE, reason)
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
              LOG.warnf("Committing tagger offsets failed: %s", error.getMessage());
            }
          });
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
      try {
        producer.flush();
        consumer.commitSync(offsets.committable());
      } catch (RuntimeException e) {
        LOG.warnf("Commit on revocation failed: %s", e.getMessage());
      }
      offsets.forget(revoked);
      assigned = Set.copyOf(consumer.assignment());
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
      TaggerEngine.this.assigned = Set.copyOf(consumer.assignment());
      LOG.infof("Tagger %s got partitions %s", options.instanceId(), assigned);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
      offsets.forget(lost);
      assigned = Set.of();
    }
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    consumer.wakeup();
    Thread thread = consumerThread;
    if (thread != null) {
      try {
        thread.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    producer.close(Duration.ofSeconds(10));
    completions.shutdown();
    LOG.infof("Tagger %s stopped", options.instanceId());
  }
}
