package io.newsflow.dedup;

import java.util.List;

/**
 * What one lookup found: the bucket's kind ({@link Lookup#EXACT}, {@link Lookup#BAND}, {@link
 * Lookup#STORY}), its position (band number or name hash) and the members that qualified.
 */
record Report(byte kind, int position, List<Candidate> candidates) {

  Report {
    candidates = List.copyOf(candidates);
  }
}
