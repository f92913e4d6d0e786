package io.newsflow.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Sends input that a stage cannot process to the dead-letter topic: the original key, value and
 * headers, plus {@code dlq.error}, {@code dlq.stage}, {@code dlq.topic}, {@code dlq.partition},
 * {@code dlq.offset} and {@code dlq.time}; CloudEvents headers are the original's, or of type
 * {@code io.newsflow.deadletter.v1} when it had none. Counts {@code newsflow.dlq.records{stage}}. A
 * record too large for the producer ({@code max.request.size}) is sent again with its value cut to
 * {@link #TRUNCATED_BYTES} and the headers {@code dlq.truncated=true} and {@code
 * dlq.original-size}, so an oversized record can never block its partition. Control characters of
 * the reason (it may quote the record) are escaped. Thread-safe.
 */
public final class DeadLetters {

  private static final Logger LOG = Logger.getLogger(DeadLetters.class);

  /** CloudEvents type of a dead letter whose original record carried none. */
  static final String TYPE = "io.newsflow.deadletter.v1";

  /** Reasons are cut to this many characters. */
  static final int MAX_REASON = 2_000;

  /** Bytes of the value kept when the whole record is too large for the producer. */
  static final int TRUNCATED_BYTES = 64 * 1024;

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final MeterRegistry metrics;

  private final Executor completions;

  /**
   * @param completions runs what waits on the acknowledgement, off the producer's I/O thread
   */
  public DeadLetters(
      Producer<String, byte[]> producer,
      String topic,
      MeterRegistry metrics,
      Executor completions) {
    this.completions = completions;
    this.producer = producer;
    this.topic = topic;
    this.metrics = metrics;
  }

  /** Dead-letters {@code record}; the future completes when the broker acknowledged it. */
  public CompletableFuture<RecordMetadata> send(
      ConsumerRecord<String, byte[]> record, String stage, String reason) {
    Headers headers =
        headers(
            record.headers(), stage, reason, record.topic(), record.partition(), record.offset());
    metrics.counter("newsflow.dlq.records", "stage", stage).increment();
    LOG.warnf(
        "Dead-lettering %s-%d@%d from %s: %s",
        record.topic(), record.partition(), record.offset(), stage, escape(reason));
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    send(record.key(), record.value(), headers, acked, true);
    return acked;
  }

  private void send(
      String key,
      byte[] value,
      Headers headers,
      CompletableFuture<RecordMetadata> acked,
      boolean whole) {
    producer.send(
        new ProducerRecord<>(topic, null, key, value, headers),
        (metadata, error) ->
            completions.execute(
                () -> {
                  if (error instanceof RecordTooLargeException && whole && value != null) {
                    LOG.warnf(
                        "Dead letter of %d bytes is too large; sending its first %d bytes",
                        value.length, TRUNCATED_BYTES);
                    Headers cut = new RecordHeaders(headers.toArray());
                    put(cut, "dlq.truncated", "true");
                    put(cut, "dlq.original-size", Integer.toString(value.length));
                    send(
                        key,
                        Arrays.copyOf(value, Math.min(value.length, TRUNCATED_BYTES)),
                        cut,
                        acked,
                        false);
                  } else if (error != null) {
                    acked.completeExceptionally(error);
                  } else {
                    acked.complete(metadata);
                  }
                }));
  }

  /** The text with control characters as escapes, so it stays one line in logs and headers. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The headers of a dead letter: the original's, CloudEvents ones when it had none, and the {@code
   * dlq.*} headers naming the reason and where the record came from.
   */
  public static Headers headers(
      Headers original, String stage, String reason, String topic, int partition, long offset) {
    Headers headers = new RecordHeaders();
    for (Header header : original) {
      headers.add(header);
    }
    if (headers.lastHeader("ce_id") == null) {
      new CloudEvents(
              topic + "-" + partition + "-" + offset, "/newsflow/" + stage, TYPE, Instant.now())
          .toHeaders()
          .forEach(headers::add);
    }
    put(
        headers,
        "dlq.error",
        escape(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason));
    put(headers, "dlq.stage", stage);
    put(headers, "dlq.topic", topic);
    put(headers, "dlq.partition", Integer.toString(partition));
    put(headers, "dlq.offset", Long.toString(offset));
    put(headers, "dlq.time", Instant.now().toString());
    return headers;
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
