package io.newsflow.dedup;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.kafka.RecordCheck;

/**
 * The deduplicator's meters: {@code newsflow.dedup.verdicts{status}}, {@code
 * newsflow.dedup.replays}, {@code newsflow.dedup.duration} (fingerprint and lookups of one article
 * in stage one), {@code newsflow.input.rejected{stage=dedup,reason}} and {@code
 * newsflow.dlq.records{stage=dedup}}.
 */
final class DedupMetrics {

  static final String STAGE = "dedup";

  private final MeterRegistry registry;
  private final Timer duration;

  DedupMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.duration = registry.timer("newsflow.dedup.duration");
  }

  void verdict(Verdict verdict) {
    registry.counter("newsflow.dedup.verdicts", "status", verdict.status().json()).increment();
  }

  void replay() {
    registry.counter("newsflow.dedup.replays").increment();
  }

  void rejected(RecordCheck.Rejected rejected) {
    RecordCheck.count(registry, STAGE, rejected);
  }

  void deadLetter() {
    registry.counter("newsflow.dlq.records", "stage", STAGE).increment();
  }

  Timer duration() {
    return duration;
  }
}
