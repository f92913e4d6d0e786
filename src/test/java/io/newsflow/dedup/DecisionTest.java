package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two near copies processed at the same time on different partitions can meet in their shared
 * buckets in opposite orders; the verdicts must still make exactly one of them the original.
 */
class DecisionTest {

  private final DedupSettings settings = DedupSettings.defaults();
  private final Lookup lookup = new Lookup(settings);

  private Profile profile(String id, String text, long ts) {
    return Fingerprints.of(new DedupInput(id, text, null, null, null, List.of()), ts, settings);
  }

  @Test
  void copiesMeetingInOppositeOrdersInDifferentBandsGetOneOriginal() {
    Profile first = profile("a", BatchDeduplicatorTest.WIRE, 1_000);
    Profile second = profile("b", BatchDeduplicatorTest.WIRE.replace("Thursday", "Tuesday"), 2_000);
    List<Integer> shared = new ArrayList<>();
    for (int band = 0; band < MinHash.BANDS; band++) {
      if (first.bands()[band] == second.bands()[band]) {
        shared.add(band);
      }
    }
    assertThat(shared).as("the copies share several bands").hasSizeGreaterThan(1);

    for (boolean secondFirstInLowestBand : List.of(true, false)) {
      MemoryIndex index = new MemoryIndex(lookup, settings.maxCandidates());
      List<Report> firstReports = new ArrayList<>();
      List<Report> secondReports = new ArrayList<>();
      List<byte[]> keys = Lookup.keys(first);
      for (int k = 0; k < keys.size(); k++) {
        byte[] key = keys.get(k);
        boolean lowestShared = key[0] == Lookup.BAND && key[1] == shared.get(0);
        // every other bucket sees the articles in the opposite order of the lowest shared band
        boolean secondArrivesFirst = lowestShared == secondFirstInLowestBand;
        List<byte[]> secondKeys = Lookup.keys(second);
        byte[] secondKey = secondKeys.get(k);
        if (secondArrivesFirst) {
          secondReports.add(lookup.probe(secondKey, second, index));
          firstReports.add(lookup.probe(key, first, index));
        } else {
          firstReports.add(lookup.probe(key, first, index));
          secondReports.add(lookup.probe(secondKey, second, index));
        }
      }
      Collections.shuffle(firstReports);
      Verdict a = Decision.decide(first, firstReports);
      Verdict b = Decision.decide(second, secondReports);

      assertThat(List.of(a.status(), b.status()))
          .as("second first in the lowest shared band: %s", secondFirstInLowestBand)
          .containsExactlyInAnyOrder(DedupStatus.UNIQUE, DedupStatus.NEAR);
      Verdict copy = a.status() == DedupStatus.NEAR ? a : b;
      assertThat(copy.id()).isEqualTo(secondFirstInLowestBand ? "a" : "b");
    }
  }
}
