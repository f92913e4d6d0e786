package io.newsflow.dedup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import io.newsflow.kafka.CloudEvents;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Stage three, partitioned by article id: keeps an article and the reports of its lookups until all
 * have arrived, then decides ({@link Decision}) and writes the article with its {@code dedup}
 * object to the unique or the duplicates topic, stamped with the time of the decision; then files
 * it, with its story, in its story buckets.
 */
final class VerdictProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  static final String UNIQUE_TYPE = "io.newsflow.article.unique.v1";
  static final String DUPLICATE_TYPE = "io.newsflow.article.duplicate.v1";

  private final String ceSource;
  private final DedupMetrics metrics;
  private ProcessorContext<byte[], byte[]> context;
  private KeyValueStore<Bytes, byte[]> pending;

  VerdictProcessor(String ceSource, DedupMetrics metrics) {
    this.ceSource = ceSource;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.pending = context.getStateStore(DedupTopology.PENDING);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    byte[] id = record.key();
    Bytes articleKey = key(Messages.ARTICLE, id);
    Bytes reportsKey = key(Messages.REPORT, id);
    Messages.Pending article;
    byte[] reports;
    try {
      if (record.value()[0] == Messages.ARTICLE) {
        pending.put(articleKey, record.value());
        reports = pending.get(reportsKey);
      } else {
        reports = count(pending.get(reportsKey), Messages.readReport(record.value()));
        pending.put(reportsKey, reports);
      }
      byte[] stored = pending.get(articleKey);
      if (stored == null) {
        return;
      }
      article = Messages.readArticle(stored);
      if (reports == null || ByteBuffer.wrap(reports).getInt() < article.expectedReports()) {
        return;
      }
    } catch (RuntimeException e) {
      StreamDeadLetters.forward(context, record, "a corrupt dedup message: " + e, metrics);
      return;
    }
    Verdict verdict =
        Decision.decide(
            article.profile(), Messages.reports(Arrays.copyOfRange(reports, 4, reports.length)));
    pending.delete(articleKey);
    pending.delete(reportsKey);
    metrics.verdict(verdict);
    Profile decided = article.profile().withStory(verdict.storyId());
    byte[] registration = ProfileCodec.encode(decided, Lookup.STORY);
    for (byte[] key : Lookup.storyKeys(decided)) {
      context.forward(
          record.withKey(key).withValue(registration).withTimestamp(decided.ts()),
          DedupTopology.TO_KEYS);
    }
    long now = System.currentTimeMillis();
    context.forward(
        record
            .withValue(withVerdict(article.json(), verdict))
            .withTimestamp(now)
            .withHeaders(
                new CloudEvents(
                        verdict.id(),
                        ceSource,
                        verdict.status().duplicate() ? DUPLICATE_TYPE : UNIQUE_TYPE,
                        Instant.ofEpochMilli(now))
                    .toHeaders()),
        verdict.status().duplicate() ? DedupTopology.TO_DUPLICATES : DedupTopology.TO_UNIQUE);
  }

  /** The reports so far with one more: a count, then the reports one after another. */
  private static byte[] count(byte[] reports, Report report) {
    int count = reports == null ? 0 : ByteBuffer.wrap(reports).getInt();
    byte[] body =
        Messages.append(
            reports == null ? new byte[0] : Arrays.copyOfRange(reports, 4, reports.length), report);
    return ByteBuffer.allocate(4 + body.length).putInt(count + 1).put(body).array();
  }

  /** The article JSON with the verdict as its {@code dedup} object. */
  static byte[] withVerdict(byte[] json, Verdict verdict) {
    ObjectNode article = DedupInputs.object(json);
    ObjectNode dedup = article.putObject("dedup");
    dedup.put("status", verdict.status().json());
    dedup.put("duplicateOf", verdict.duplicateOf());
    dedup.put("similarity", verdict.similarity());
    dedup.put("storyId", verdict.storyId());
    return Json.write(article).getBytes(StandardCharsets.UTF_8);
  }

  private static Bytes key(byte kind, byte[] id) {
    byte[] key = new byte[id.length + 1];
    key[0] = kind;
    System.arraycopy(id, 0, key, 1, id.length);
    return Bytes.wrap(key);
  }
}
