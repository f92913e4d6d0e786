package io.newsflow.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deduplicator's three stages run one after another in memory, for the {@code dedup} command
 * and the benchmark: the decisions are those of the topology fed the same articles in the same
 * order. Not thread-safe.
 */
public final class BatchDeduplicator {

  private final DedupSettings settings;
  private final Lookup lookup;
  private final MemoryIndex index;
  private final Map<String, Long> seen = new HashMap<>();
  private final Instant arrival;

  public BatchDeduplicator(DedupSettings settings) {
    this(settings, Instant.now());
  }

  /**
   * @param arrival the time of articles without a publication time
   */
  public BatchDeduplicator(DedupSettings settings, Instant arrival) {
    this.settings = settings;
    this.lookup = new Lookup(settings);
    this.index = new MemoryIndex(lookup, settings.maxCandidates());
    this.arrival = arrival;
  }

  /** The verdict on the next article; empty when it repeats an article already decided. */
  public Optional<Verdict> accept(DedupInput article) {
    Profile profile = Fingerprints.of(article, ArticleTime.of(article, arrival), settings);
    Long previous = seen.put(article.id(), profile.exactHash());
    if (previous != null && previous == profile.exactHash()) {
      return Optional.empty();
    }
    List<Report> reports = new ArrayList<>();
    for (byte[] key : Lookup.keys(profile)) {
      reports.add(lookup.probe(key, profile, index));
    }
    Verdict verdict = Decision.decide(profile, reports);
    Profile decided = profile.withStory(verdict.storyId());
    for (byte[] key : Lookup.storyKeys(profile)) {
      lookup.register(key, decided, index);
    }
    return Optional.of(verdict);
  }

  public long rememberedArticles() {
    return seen.size();
  }

  /** Bytes of the bucket entries kept, encoded as in the topology's stores. */
  public long stateBytes() {
    return index.bytes();
  }

  /** Bucket entries kept. */
  public long stateEntries() {
    return index.entries();
  }
}
