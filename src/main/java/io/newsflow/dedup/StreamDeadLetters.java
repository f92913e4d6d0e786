package io.newsflow.dedup;

import io.newsflow.kafka.DeadLetters;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * Dead letters from inside the topology: the record as read, with {@link DeadLetters#headers}, to
 * the dead-letter sink, written in the same transaction as the stage's other output.
 */
final class StreamDeadLetters {

  private static final Logger LOG = Logger.getLogger(StreamDeadLetters.class);

  private StreamDeadLetters() {}

  static void forward(
      ProcessorContext<byte[], byte[]> context,
      Record<byte[], byte[]> record,
      String reason,
      DedupMetrics metrics) {
    var source = context.recordMetadata().orElseThrow();
    LOG.warnf(
        "Dead-lettering %s-%d@%d from dedup: %s",
        source.topic(), source.partition(), source.offset(), reason);
    metrics.deadLetter();
    context.forward(
        record.withHeaders(
            DeadLetters.headers(
                record.headers(),
                DedupMetrics.STAGE,
                reason,
                source.topic(),
                source.partition(),
                source.offset())),
        DedupTopology.TO_DLQ);
  }
}
