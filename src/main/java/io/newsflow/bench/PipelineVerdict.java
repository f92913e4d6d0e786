package io.newsflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The check of {@code bench pipeline}: the deduplicator's output against the fixture's truth.
 *
 * <p>Expected: each single article exactly once in the unique topic; for each planted group,
 * exactly one member in the unique topic and each other member exactly once in the duplicates topic
 * with {@code duplicateOf} naming another member of its group; nothing else. Which member of a
 * group is unique depends on arrival order, so any one may be.
 *
 * <p><b>Lost</b> counts expected records that are missing: {@code lostSingles} (a single not in
 * unique), {@code lostGroups} (a group with no member in unique), {@code lostCopies} (a member
 * other than the group's unique one, neither in unique nor with a duplicates record pointing into
 * its group; when no member is unique, one of them counts in lostGroups instead, so a run that
 * output nothing loses exactly N). <b>Duplicated</b> counts records beyond the expected ones:
 * {@code repeatedUnique} (an id's second and later records in unique), {@code extraGroupUnique} (a
 * group's second and later members in unique), {@code repeatedDuplicates} (a member's second and
 * later duplicates records), {@code misfiled} (a single in duplicates, a group's unique member also
 * in duplicates, or a duplicates record whose {@code duplicateOf} is not another member of its
 * group) and {@code unknown} (ids not in the fixture).
 */
record PipelineVerdict(
    int articles,
    Map<String, Long> lostBreakdown,
    Map<String, Long> duplicatedBreakdown,
    List<Duration> latencies,
    @Nullable Instant firstFetch,
    @Nullable Instant lastDecision) {

  PipelineVerdict {
    lostBreakdown = Collections.unmodifiableMap(new LinkedHashMap<>(lostBreakdown));
    duplicatedBreakdown = Collections.unmodifiableMap(new LinkedHashMap<>(duplicatedBreakdown));
    latencies = List.copyOf(latencies);
  }

  /** Checks {@code decisions} (every record of both topics) against {@code truth}. */
  static PipelineVerdict check(FixtureTruth truth, Collection<Decision> decisions) {
    Map<String, List<Decision>> uniques = new HashMap<>();
    Map<String, List<Decision>> duplicates = new HashMap<>();
    Instant firstFetch = null;
    Instant lastDecision = null;
    long unknown = 0;
    for (Decision d : decisions) {
      if (!truth.pages().containsKey(d.id())) {
        unknown++;
      } else {
        (d.unique() ? uniques : duplicates).computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
      }
      if (d.fetchedAt() != null && (firstFetch == null || d.fetchedAt().isBefore(firstFetch))) {
        firstFetch = d.fetchedAt();
      }
      if (lastDecision == null || d.decidedAt().isAfter(lastDecision)) {
        lastDecision = d.decidedAt();
      }
    }
    long lostSingles = 0;
    long lostGroups = 0;
    long lostCopies = 0;
    long repeatedUnique = 0;
    long extraGroupUnique = 0;
    long repeatedDuplicates = 0;
    long misfiled = 0;
    List<Duration> latencies = new ArrayList<>();
    for (FixtureTruth.Page page : truth.pages().values()) {
      List<Decision> u = uniques.getOrDefault(page.id(), List.of());
      repeatedUnique += Math.max(0, u.size() - 1);
      if (!u.isEmpty()) {
        latency(u.get(0)).ifPresent(latencies::add);
      }
      if (page.group() == null) {
        lostSingles += u.isEmpty() ? 1 : 0;
        misfiled += duplicates.getOrDefault(page.id(), List.of()).size();
      }
    }
    for (List<String> group : truth.groups()) {
      Set<String> members = new HashSet<>(group);
      List<String> inUnique =
          group.stream()
              .filter(uniques::containsKey)
              .sorted(Comparator.comparing(id -> uniques.get(id).get(0).decidedAt()))
              .toList();
      if (inUnique.isEmpty()) {
        lostGroups++;
      } else {
        extraGroupUnique += inUnique.size() - 1;
      }
      String representative = inUnique.isEmpty() ? null : inUnique.get(0);
      long missingCopies = 0;
      for (String id : group) {
        List<Decision> d = duplicates.getOrDefault(id, List.of());
        if (id.equals(representative)) {
          misfiled += d.size();
          continue;
        }
        long valid =
            d.stream()
                .filter(x -> x.duplicateOf() != null)
                .filter(x -> members.contains(x.duplicateOf()) && !id.equals(x.duplicateOf()))
                .count();
        misfiled += d.size() - valid;
        if (valid == 0) {
          // a member in unique besides the representative is counted in extraGroupUnique
          missingCopies += uniques.containsKey(id) ? 0 : 1;
        } else {
          repeatedDuplicates += valid - 1;
        }
      }
      // without a unique member, one of the missing ones was to be unique: lostGroups has it
      lostCopies += representative == null ? Math.max(0, missingCopies - 1) : missingCopies;
    }
    Map<String, Long> lost = new LinkedHashMap<>();
    lost.put("lostSingles", lostSingles);
    lost.put("lostGroups", lostGroups);
    lost.put("lostCopies", lostCopies);
    Map<String, Long> duplicated = new LinkedHashMap<>();
    duplicated.put("repeatedUnique", repeatedUnique);
    duplicated.put("extraGroupUnique", extraGroupUnique);
    duplicated.put("repeatedDuplicates", repeatedDuplicates);
    duplicated.put("misfiled", misfiled);
    duplicated.put("unknown", unknown);
    latencies.sort(Comparator.naturalOrder());
    return new PipelineVerdict(truth.size(), lost, duplicated, latencies, firstFetch, lastDecision);
  }

  private static Optional<Duration> latency(Decision decision) {
    return decision.fetchedAt() == null
        ? Optional.empty()
        : Optional.of(Duration.between(decision.fetchedAt(), decision.decidedAt()));
  }

  long lost() {
    return lostBreakdown.values().stream().mapToLong(Long::longValue).sum();
  }

  long duplicated() {
    return duplicatedBreakdown.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Articles per second from the first fetch to the last decision (0 when nothing was decided). */
  double throughput() {
    if (firstFetch == null || lastDecision == null || !lastDecision.isAfter(firstFetch)) {
      return 0;
    }
    return articles / (Duration.between(firstFetch, lastDecision).toNanos() / 1e9);
  }

  /** The {@code p}-th percentile (nearest rank) of fetch-to-unique latency, in milliseconds. */
  long latencyMillis(double p) {
    if (latencies.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * latencies.size());
    return latencies.get(Math.max(0, Math.min(latencies.size() - 1, rank - 1))).toMillis();
  }

  /** The breakdown lines and, last, the contract's summary line. */
  List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add("pipeline: lost " + lost() + " " + lostBreakdown);
    lines.add("pipeline: duplicated " + duplicated() + " " + duplicatedBreakdown);
    lines.add(
        String.format(
            Locale.ROOT,
            "pipeline: fetch-to-unique latency p50 %d ms, p99 %d ms, max %d ms (%d unique records)",
            latencyMillis(50),
            latencyMillis(99),
            latencyMillis(100),
            latencies.size()));
    lines.add(summary());
    return lines;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "pipeline: %d articles, lost %d, duplicated %d, %.1f articles/s, p99 %d ms",
        articles,
        lost(),
        duplicated(),
        throughput(),
        latencyMillis(99));
  }
}
