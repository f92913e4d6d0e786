package io.newsflow.dedup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the deduplicator decided about an article. */
public enum DedupStatus {
  /** Nothing like it was seen within the window: it goes to the unique feed. */
  UNIQUE,
  /** The same normalized text as an article seen before. */
  EXACT,
  /** Estimated Jaccard similarity of word shingles at or above the threshold. */
  NEAR;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean duplicate() {
    return this != UNIQUE;
  }
}
