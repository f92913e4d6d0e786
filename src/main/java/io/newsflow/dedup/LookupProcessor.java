package io.newsflow.dedup;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Stage two, partitioned by lookup key (text hash, band, story name), so every article that could
 * match another meets it here whichever input partition each came from: runs the {@link Lookup} and
 * sends its report to stage three, keyed by the article's id; or files a decided article in its
 * story bucket.
 */
final class LookupProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  private final Lookup lookup;
  private final DedupMetrics metrics;
  private ProcessorContext<byte[], byte[]> context;
  private StoreIndex index;

  LookupProcessor(DedupSettings settings, DedupMetrics metrics) {
    this.lookup = new Lookup(settings);
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.index =
        new StoreIndex(
            context.getStateStore(DedupTopology.BUCKETS),
            context.getStateStore(DedupTopology.STORIES));
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Profile article;
    Report report;
    try {
      article = ProfileCodec.decode(record.value());
      if (ProfileCodec.isDecided(record.value())) {
        lookup.register(record.key(), article, index);
        return;
      }
      report = lookup.probe(record.key(), article, index);
    } catch (RuntimeException e) {
      StreamDeadLetters.forward(context, record, "a corrupt lookup probe: " + e, metrics);
      return;
    }
    context.forward(
        record
            .withKey(article.id().getBytes(StandardCharsets.UTF_8))
            .withValue(Messages.report(report)),
        DedupTopology.TO_REPORTS);
  }
}
