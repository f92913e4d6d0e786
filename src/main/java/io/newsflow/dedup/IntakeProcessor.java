package io.newsflow.dedup;

import io.newsflow.kafka.ArticleCheck;
import io.newsflow.kafka.RecordCheck;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Stage one, partitioned like the input (by article id): reads a tagged article, drops a replay of
 * an id already taken with the same text, fingerprints it, and sends one probe per lookup key to
 * the keys topic and the article itself to the reports topic, where stage three waits for the
 * probes' reports. Input that is not a schema-v1 article (or is oversized) goes to the dead-letter
 * topic.
 */
final class IntakeProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  static final String MAX_RECORD_BYTES = "newsflow.dedup.max-record-bytes";

  private final DedupSettings settings;
  private final int maxRecordBytes;
  private final DedupMetrics metrics;
  private ProcessorContext<byte[], byte[]> context;
  private WindowStore<Bytes, byte[]> ids;

  IntakeProcessor(DedupSettings settings, int maxRecordBytes, DedupMetrics metrics) {
    this.settings = settings;
    this.maxRecordBytes = maxRecordBytes;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.ids = context.getStateStore(DedupTopology.IDS);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    long started = System.nanoTime();
    byte[] json = record.value();
    DedupInput article;
    try {
      article = DedupInputs.of(ArticleCheck.check(json, maxRecordBytes, MAX_RECORD_BYTES));
    } catch (RecordCheck.Rejected e) {
      metrics.rejected(e);
      deadLetter(record, e.getMessage());
      return;
    } catch (IllegalArgumentException e) {
      deadLetter(record, "not an article: " + e.getMessage());
      return;
    }
    Profile profile =
        Fingerprints.of(
            article, ArticleTime.of(article, Instant.ofEpochMilli(record.timestamp())), settings);
    Bytes id = Bytes.wrap(article.id().getBytes(StandardCharsets.UTF_8));
    if (isReplay(id, profile)) {
      metrics.replay();
      return;
    }
    ids.put(id, ByteBuffer.allocate(8).putLong(profile.exactHash()).array(), profile.ts());
    List<byte[]> keys = Lookup.keys(profile);
    Record<byte[], byte[]> base = record.withTimestamp(profile.ts());
    context.forward(
        base.withKey(id.get())
            .withValue(Messages.article(new Messages.Pending(profile, keys.size(), json))),
        DedupTopology.TO_REPORTS);
    byte[] probe = ProfileCodec.encode(profile);
    for (byte[] key : keys) {
      context.forward(base.withKey(key).withValue(probe), DedupTopology.TO_KEYS);
    }
    metrics.duration().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  private boolean isReplay(Bytes id, Profile profile) {
    long window = settings.window().toMillis();
    try (var seen = ids.fetch(id, Math.max(0, profile.ts() - window), profile.ts() + window)) {
      while (seen.hasNext()) {
        if (ByteBuffer.wrap(seen.next().value).getLong() == profile.exactHash()) {
          return true;
        }
      }
    }
    return false;
  }

  private void deadLetter(Record<byte[], byte[]> record, String reason) {
    StreamDeadLetters.forward(context, record, reason, metrics);
  }
}
