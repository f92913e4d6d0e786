package io.newsflow.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * At-least-once bookkeeping for a consumer whose records finish out of order: an offset is
 * committable only when it and every offset before it in its partition are done.
 *
 * <p>Thread-safe: the consumer thread calls {@link #started}, workers call {@link #done}, the
 * consumer thread asks {@link #committable()} and commits what it returns.
 */
public final class OffsetTracker {

  private final Map<TopicPartition, Partition> partitions = new HashMap<>();

  private static final class Partition {
    final TreeSet<Long> pending = new TreeSet<>();
    long next = -1;
    long committed = -1;
  }

  /** A record was handed to a worker. */
  public synchronized void started(TopicPartition partition, long offset) {
    Partition p = partitions.computeIfAbsent(partition, k -> new Partition());
    if (p.committed < 0) {
      p.committed = offset;
    }
    p.pending.add(offset);
    p.next = Math.max(p.next, offset + 1);
  }

  /** A record's output is acknowledged (or it was dead-lettered): it need not be read again. */
  public synchronized void done(TopicPartition partition, long offset) {
    Partition p = partitions.get(partition);
    if (p != null) {
      p.pending.remove(offset);
    }
  }

  /** True when the record was handed out, is not done, and its partition was not forgotten. */
  public synchronized boolean pending(TopicPartition partition, long offset) {
    Partition p = partitions.get(partition);
    return p != null && p.pending.contains(offset);
  }

  /** Records handed out and not yet done, over all partitions. */
  public synchronized int inFlight() {
    return partitions.values().stream().mapToInt(p -> p.pending.size()).sum();
  }

  /**
   * The offsets to commit now (the next offset to read per partition), only for partitions that
   * moved since the last call; marks them committed.
   */
  public synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    partitions.forEach(
        (tp, p) -> {
          long upTo = p.pending.isEmpty() ? p.next : p.pending.first();
          if (upTo > p.committed) {
            commits.put(tp, new OffsetAndMetadata(upTo));
            p.committed = upTo;
          }
        });
    return commits;
  }

  /** Forgets revoked partitions: their unfinished records will be read again by their new owner. */
  public synchronized void forget(Collection<TopicPartition> revoked) {
    revoked.forEach(partitions::remove);
  }
}
