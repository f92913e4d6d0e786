package io.newsflow.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Consumes one topic at least once, for any stage whose records finish out of order.
 *
 * <p>Each poll's records go to the {@link Handler}, which returns one future per record. A record
 * is done when its future completes. A future that fails with a Kafka {@link RetriableException}
 * (the stage's output was not acknowledged: broker away, producer timed out) hands the record to
 * the handler again, as long as this instance owns its partition; any other failure sends the
 * record to the dead-letter topic with the failure as the reason, and it is done once that is
 * acknowledged. Offsets are committed only up to the first record not done (see {@link
 * OffsetTracker}), so a crash loses nothing. The consumer pauses while more than {@code
 * maxInFlight} records are unfinished. Records still unfinished when the consumer stops, loses its
 * partitions or cannot dead-letter are read again.
 *
 * <p>Runs on a thread of its own between {@link #start()} and {@link #close()}; thread-safe.
 */
public final class AtLeastOnceConsumer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(AtLeastOnceConsumer.class);

  /** What a stage does with records. Called on the consumer thread; must not block for long. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Starts work on {@code records} and returns one future per record, in the same order, that
     * completes when the record's output is acknowledged, or fails with the reason it cannot be
     * processed.
     */
    List<CompletableFuture<?>> handle(List<ConsumerRecord<String, byte[]>> records);
  }

  /**
   * @param name the thread's name, also used in logs
   * @param stage the {@code dlq.stage} of dead letters
   */
  public record Settings(String name, String topic, String stage, int maxInFlight) {}

  private final Settings settings;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Producer<String, byte[]> producer;
  private final DeadLetters deadLetters;
  private final Handler handler;
  private final Consumer<Set<TopicPartition>> onAssignment;
  private final OffsetTracker offsets = new OffsetTracker();
  private final Queue<ConsumerRecord<String, byte[]>> retries = new ConcurrentLinkedQueue<>();
  private volatile boolean running;
  private @Nullable Thread thread;

  /**
   * @param producer the stage's producer: flushed before offsets are committed on revocation
   * @param onAssignment told the partitions this instance owns after every change
   */
  public AtLeastOnceConsumer(
      Settings settings,
      KafkaConsumer<String, byte[]> consumer,
      Producer<String, byte[]> producer,
      DeadLetters deadLetters,
      Handler handler,
      Consumer<Set<TopicPartition>> onAssignment) {
    this.settings = settings;
    this.consumer = consumer;
    this.producer = producer;
    this.deadLetters = deadLetters;
    this.handler = handler;
    this.onAssignment = onAssignment;
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    Thread started = new Thread(this::run, settings.name());
    started.setDaemon(true);
    started.start();
    thread = started;
  }

  private void run() {
    consumer.subscribe(List.of(settings.topic()), new Rebalance());
    boolean paused = false;
    try {
      while (running) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
        if (!batch.isEmpty()) {
          dispatch(batch);
        }
        retry();
        commit();
        int inFlight = offsets.inFlight();
        if (inFlight > settings.maxInFlight()) {
          consumer.pause(consumer.assignment());
          paused = true;
        } else if (paused && inFlight < settings.maxInFlight() / 2) {
          consumer.resume(consumer.paused());
          paused = false;
        }
      }
    } catch (WakeupException e) {
      // close() asked us to stop
    } catch (RuntimeException e) {
      LOG.errorf(e, "Consumer %s failed", settings.name());
    } finally {
      commitSync();
      consumer.close();
    }
  }

  private void dispatch(List<ConsumerRecord<String, byte[]>> batch) {
    for (ConsumerRecord<String, byte[]> record : batch) {
      offsets.started(partition(record), record.offset());
    }
    List<CompletableFuture<?>> results;
    try {
      results = handler.handle(batch);
    } catch (RuntimeException e) {
      List<CompletableFuture<?>> failed = new ArrayList<>();
      batch.forEach(r -> failed.add(CompletableFuture.failedFuture(e)));
      results = failed;
    }
    for (int i = 0; i < batch.size(); i++) {
      ConsumerRecord<String, byte[]> record = batch.get(i);
      results
          .get(i)
          .whenComplete(
              (value, error) -> {
                if (error == null) {
                  offsets.done(partition(record), record.offset());
                } else {
                  failed(record, unwrap(error));
                }
              });
    }
  }

  /**
   * Hands records whose output could not be written back to the handler, on the consumer thread, if
   * their partition is still this instance's (otherwise the new owner reads them again).
   */
  private void retry() {
    List<ConsumerRecord<String, byte[]>> again = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record; (record = retries.poll()) != null; ) {
      if (consumer.assignment().contains(partition(record))
          && offsets.pending(partition(record), record.offset())) {
        again.add(record);
      }
    }
    if (!again.isEmpty()) {
      dispatch(again);
    }
  }

  private void failed(ConsumerRecord<String, byte[]> record, Throwable cause) {
    if (!running || cause instanceof InterruptedException) {
      return; // stopping: the record is read again
    }
    if (cause instanceof RetriableException) {
      // The stage's output was not acknowledged (broker away, producer timed out): not the
      // record's fault, so it is processed again rather than dead-lettered.
      LOG.warnf(
          "%s-%d@%d: output not acknowledged, processing it again: %s",
          record.topic(), record.partition(), record.offset(), cause.getMessage());
      retries.add(record);
      return;
    }
    String reason = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    deadLetters
        .send(record, settings.stage(), reason)
        .whenComplete(
            (metadata, error) -> {
              if (error == null) {
                offsets.done(partition(record), record.offset());
              } else {
                LOG.errorf(
                    "Dead-lettering %s-%d@%d failed; it will be read again: %s",
                    record.topic(), record.partition(), record.offset(), error);
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
              LOG.warnf("Committing offsets of %s failed: %s", settings.name(), error.getMessage());
            }
          });
    }
  }

  private void commitSync() {
    try {
      producer.flush();
      consumer.commitSync(offsets.committable());
    } catch (RuntimeException e) {
      LOG.warnf("Committing offsets of %s failed: %s", settings.name(), e.getMessage());
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
      commitSync();
      offsets.forget(revoked);
      onAssignment.accept(without(consumer.assignment(), revoked));
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
      Set<TopicPartition> now = Set.copyOf(consumer.assignment());
      LOG.infof("%s owns partitions %s", settings.name(), now);
      onAssignment.accept(now);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
      offsets.forget(lost);
      onAssignment.accept(without(consumer.assignment(), lost));
    }
  }

  @Override
  public synchronized void close() {
    if (!running) {
      return;
    }
    running = false;
    consumer.wakeup();
    Thread stopping = thread;
    if (stopping != null) {
      try {
        stopping.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Set<TopicPartition> without(
      Collection<TopicPartition> assignment, Collection<TopicPartition> gone) {
    Set<TopicPartition> left = new HashSet<>(assignment);
    left.removeAll(gone);
    return Set.copyOf(left);
  }

  private static TopicPartition partition(ConsumerRecord<?, ?> record) {
    return new TopicPartition(record.topic(), record.partition());
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
