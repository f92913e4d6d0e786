package io.newsflow.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What came in during the window: top entities, tags, topics and languages, and the deduplicator's
 * verdicts.
 *
 * @param articles articles seen within the window
 * @param judged dedup verdicts within the window
 * @param exactRate share of exact duplicates among the verdicts; null without verdicts
 * @param nearRate share of near duplicates among the verdicts; null without verdicts
 */
public record ContentStats(
    int articles,
    List<Count> entities,
    List<Count> tags,
    List<Count> topics,
    List<Count> languages,
    long judged,
    long unique,
    long exact,
    long near,
    @Nullable Double exactRate,
    @Nullable Double nearRate) {

  /** A name and how many articles carry it; {@code type} for entities only. */
  public record Count(String name, @Nullable String type, long articles) {}
}
