package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

  private final TopicPartition p0 = new TopicPartition("t", 0);
  private final OffsetTracker tracker = new OffsetTracker();

  @Test
  void shouldCommitOnlyUpToTheFirstUnfinishedRecord() {
    tracker.started(p0, 10);
    tracker.started(p0, 11);
    tracker.started(p0, 12);
    tracker.done(p0, 11);
    tracker.done(p0, 12);

    assertThat(tracker.committable()).isEmpty();

    tracker.done(p0, 10);
    assertThat(tracker.committable()).containsEntry(p0, new OffsetAndMetadata(13));
    assertThat(tracker.inFlight()).isZero();
  }

  @Test
  void shouldCommitAPartitionOnceUntilItMovesAgain() {
    tracker.started(p0, 0);
    tracker.done(p0, 0);

    assertThat(tracker.committable()).containsEntry(p0, new OffsetAndMetadata(1));
    assertThat(tracker.committable()).isEmpty();
  }

  @Test
  void shouldForgetRevokedPartitions() {
    tracker.started(p0, 5);
    tracker.forget(List.of(p0));

    assertThat(tracker.inFlight()).isZero();
    assertThat(tracker.committable()).isEmpty();
  }
}
