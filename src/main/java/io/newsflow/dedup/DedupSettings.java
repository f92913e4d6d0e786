package io.newsflow.dedup;

import java.time.Duration;

/**
 * How the deduplicator decides; the same for the topology and the batch command.
 *
 * @param threshold estimated Jaccard similarity of word shingles from which a text is a near copy
 * @param containment share of the shorter text's shingles found in the longer from which it is a
 *     near copy (a copy cut short); 0 turns the rule off
 * @param minWords texts shorter than this are never near copies of texts at least this long
 * @param window how long articles are remembered for duplicate detection
 * @param storyWindow how long articles are remembered for story grouping
 * @param maxCandidates newest members of one lookup bucket that are compared
 * @param storyTerms entity names of an article used for story grouping
 * @param storyMinShared entity names two articles share at least to be on one story
 * @param storyMinOverlap share of the smaller name set two articles share at least
 */
public record DedupSettings(
    double threshold,
    double containment,
    int minWords,
    Duration window,
    Duration storyWindow,
    int maxCandidates,
    int storyTerms,
    int storyMinShared,
    double storyMinOverlap) {

  public DedupSettings {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    if (containment < 0 || containment > 1) {
      throw new IllegalArgumentException("containment must be in [0, 1], was " + containment);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("min-words must not be negative");
    }
    if (window.isNegative() || window.isZero() || storyWindow.isNegative()) {
      throw new IllegalArgumentException("windows must be positive");
    }
    if (maxCandidates < 1 || storyTerms < 0 || storyMinShared < 1) {
      throw new IllegalArgumentException("max-candidates and story-min-shared must be positive");
    }
  }

  public static DedupSettings defaults() {
    return new DedupSettings(0.8, 0.9, 50, Duration.ofDays(7), Duration.ofDays(2), 500, 8, 3, 0.35);
  }

  static DedupSettings from(DedupConfig config) {
    return new DedupSettings(
        config.threshold(),
        config.containment(),
        config.minWords(),
        config.window(),
        config.storyWindow(),
        config.maxCandidates(),
        config.storyTerms(),
        config.storyMinShared(),
        config.storyMinOverlap());
  }
}
