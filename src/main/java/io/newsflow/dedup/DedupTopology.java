package io.newsflow.dedup;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The deduplicator as a Kafka Streams topology of three sub-topologies joined by two topics:
 *
 * <pre>
 * tagged ─► intake (by id) ──probes──► keys ─► lookup (by key) ──reports──► reports ─► verdict (by id)
 *                 └─────────────article──────────────────────────────────────┘     ├─► unique
 *                                                                                   └─► duplicates
 * </pre>
 *
 * Every stage's state is a persistent store with a changelog topic; with exactly-once processing a
 * crash or a moved task repeats nothing and loses nothing.
 */
public final class DedupTopology {

  static final String IDS = "dedup-ids";
  static final String BUCKETS = "dedup-buckets";
  static final String STORIES = "dedup-stories";
  static final String PENDING = "dedup-pending";
  static final String TO_KEYS = "to-keys";
  static final String TO_REPORTS = "to-reports";
  static final String TO_DLQ = "to-dlq";
  static final String TO_UNIQUE = "to-unique";
  static final String TO_DUPLICATES = "to-duplicates";

  /**
   * The topics: input, the two outputs, dead letters, and the two topics between the stages ({@link
   * #keysTopic}, {@link #reportsTopic}).
   */
  public record Topics(
      String tagged, String unique, String duplicates, String dlq, String keys, String reports) {

    public static Topics of(
        String applicationId, String tagged, String unique, String duplicates, String dlq) {
      return new Topics(
          tagged, unique, duplicates, dlq, keysTopic(applicationId), reportsTopic(applicationId));
    }
  }

  private DedupTopology() {}

  public static String keysTopic(String applicationId) {
    return applicationId + "-keys";
  }

  public static String reportsTopic(String applicationId) {
    return applicationId + "-reports";
  }

  public static Topology build(
      Topics topics,
      DedupSettings settings,
      int maxRecordBytes,
      String ceSource,
      MeterRegistry registry) {
    DedupMetrics metrics = new DedupMetrics(registry);
    var bytesIn = new ByteArrayDeserializer();
    var bytesOut = new ByteArraySerializer();
    Topology topology = new Topology();

    topology.addSource("tagged", bytesIn, bytesIn, topics.tagged());
    topology.addProcessor(
        "intake", () -> new IntakeProcessor(settings, maxRecordBytes, metrics), "tagged");
    topology.addStateStore(windowStore(IDS, settings.window(), false), "intake");

    topology.addSource("keys", bytesIn, bytesIn, topics.keys());
    topology.addProcessor("lookup", () -> new LookupProcessor(settings, metrics), "keys");
    topology.addStateStore(windowStore(BUCKETS, settings.window(), true), "lookup");
    topology.addStateStore(windowStore(STORIES, settings.storyWindow(), true), "lookup");

    topology.addSource("reports", bytesIn, bytesIn, topics.reports());
    topology.addProcessor("verdict", () -> new VerdictProcessor(ceSource, metrics), "reports");
    topology.addStateStore(
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(PENDING), Serdes.Bytes(), Serdes.ByteArray())
            .withCachingDisabled(),
        "verdict");

    topology.addSink(TO_KEYS, topics.keys(), bytesOut, bytesOut, "intake", "verdict");
    topology.addSink(TO_REPORTS, topics.reports(), bytesOut, bytesOut, "intake", "lookup");
    topology.addSink(TO_UNIQUE, topics.unique(), bytesOut, bytesOut, "verdict");
    topology.addSink(TO_DUPLICATES, topics.duplicates(), bytesOut, bytesOut, "verdict");
    topology.addSink(TO_DLQ, topics.dlq(), bytesOut, bytesOut, "intake", "lookup", "verdict");
    return topology;
  }

  private static StoreBuilder<?> windowStore(String name, Duration retention, boolean duplicates) {
    return Stores.windowStoreBuilder(
            Stores.persistentWindowStore(name, retention, Duration.ofMillis(1), duplicates),
            Serdes.Bytes(),
            Serdes.ByteArray())
        .withCachingDisabled();
  }
}
