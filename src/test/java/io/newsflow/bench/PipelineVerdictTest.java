package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineVerdictTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Singles a, b; group g1 = {o1, c1}; group g2 = {o2, c2, c3}. */
  private static FixtureTruth truth() {
    FixtureTruth.Builder builder = new FixtureTruth.Builder();
    builder.add(page("a", FixtureTruth.Kind.SINGLE, null));
    builder.add(page("b", FixtureTruth.Kind.SINGLE, null));
    int g1 = builder.newGroup();
    builder.add(page("o1", FixtureTruth.Kind.ORIGINAL, g1));
    builder.add(page("c1", FixtureTruth.Kind.EXACT, g1));
    int g2 = builder.newGroup();
    builder.add(page("o2", FixtureTruth.Kind.ORIGINAL, g2));
    builder.add(page("c2", FixtureTruth.Kind.RESTYLED, g2));
    builder.add(page("c3", FixtureTruth.Kind.NEAR, g2));
    return builder.build();
  }

  private static FixtureTruth.Page page(String id, FixtureTruth.Kind kind, Integer group) {
    return new FixtureTruth.Page(id, "http://127.0.0.2/" + id, kind, group);
  }

  private static Decision unique(String id, long fetchedMs, long decidedMs) {
    return new Decision(true, id, T0.plusMillis(decidedMs), T0.plusMillis(fetchedMs), null);
  }

  private static Decision duplicate(String id, String of) {
    return new Decision(false, id, T0.plusMillis(900), T0.plusMillis(100), of);
  }

  /** A correct output: the copy c1 arrived first, so o1 is its group's duplicate. */
  private static List<Decision> correct() {
    return new ArrayList<>(
        List.of(
            unique("a", 0, 100),
            unique("b", 10, 210),
            unique("c1", 20, 320),
            duplicate("o1", "c1"),
            unique("o2", 30, 430),
            duplicate("c2", "o2"),
            duplicate("c3", "o2")));
  }

  @Test
  void shouldPassWhenEachArticleIsUniqueOnceAndEachOtherGroupMemberADuplicate() {
    PipelineVerdict verdict = PipelineVerdict.check(truth(), correct());

    assertThat(verdict.lost()).isZero();
    assertThat(verdict.duplicated()).isZero();
    assertThat(verdict.summary()).startsWith("pipeline: 7 articles, lost 0, duplicated 0, ");
  }

  @Test
  void shouldLoseExactlyEveryArticleWhenNothingCameOut() {
    PipelineVerdict verdict = PipelineVerdict.check(truth(), List.of());

    assertThat(verdict.lost()).isEqualTo(7);
    assertThat(verdict.lostBreakdown())
        .containsEntry("lostSingles", 2L)
        .containsEntry("lostGroups", 2L)
        .containsEntry("lostCopies", 3L);
    assertThat(verdict.summary())
        .isEqualTo("pipeline: 7 articles, lost 7, duplicated 0, 0.0 articles/s, p99 0 ms");
  }

  @Test
  void shouldCountAMissingSingleAndAMissingCopyAsLost() {
    List<Decision> decisions = correct();
    decisions.removeIf(d -> d.id().equals("b") || d.id().equals("c3"));

    PipelineVerdict verdict = PipelineVerdict.check(truth(), decisions);

    assertThat(verdict.lost()).isEqualTo(2);
    assertThat(verdict.lostBreakdown())
        .containsEntry("lostSingles", 1L)
        .containsEntry("lostCopies", 1L);
    assertThat(verdict.duplicated()).isZero();
  }

  @Test
  void shouldCountAReplayAndASecondUniqueGroupMemberAsDuplicated() {
    List<Decision> decisions = correct();
    decisions.add(unique("a", 0, 1_000));
    decisions.removeIf(d -> d.id().equals("c2"));
    decisions.add(unique("c2", 40, 500));
    decisions.add(duplicate("c3", "o2"));

    PipelineVerdict verdict = PipelineVerdict.check(truth(), decisions);

    assertThat(verdict.duplicatedBreakdown())
        .containsEntry("repeatedUnique", 1L)
        .containsEntry("extraGroupUnique", 1L)
        .containsEntry("repeatedDuplicates", 1L);
    assertThat(verdict.duplicated()).isEqualTo(3);
    assertThat(verdict.lost()).isZero();
  }

  @Test
  void shouldCountMisfiledAndUnknownRecordsAsDuplicated() {
    List<Decision> decisions = correct();
    decisions.add(duplicate("a", "b"));
    decisions.removeIf(d -> d.id().equals("c3"));
    decisions.add(duplicate("c3", "a"));
    decisions.add(unique("zz", 0, 100));

    PipelineVerdict verdict = PipelineVerdict.check(truth(), decisions);

    assertThat(verdict.duplicatedBreakdown())
        .containsEntry("misfiled", 2L)
        .containsEntry("unknown", 1L);
    assertThat(verdict.lostBreakdown()).containsEntry("lostCopies", 1L);
  }

  @Test
  void shouldMeasureLatencyFromFetchToUniqueAndThroughputFromFirstFetchToLastDecision() {
    PipelineVerdict verdict = PipelineVerdict.check(truth(), correct());

    // unique latencies 100, 200, 300, 400 ms; decisions span 0 .. 900 ms
    assertThat(verdict.latencyMillis(50)).isEqualTo(200);
    assertThat(verdict.latencyMillis(99)).isEqualTo(400);
    assertThat(verdict.throughput()).isEqualTo(7 / 0.9);
    assertThat(verdict.report()).last().isEqualTo(verdict.summary());
  }
}
