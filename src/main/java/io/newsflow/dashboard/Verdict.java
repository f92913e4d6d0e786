package io.newsflow.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * The deduplicator's verdict on an article, from its record on the unique or duplicates topic.
 *
 * @param status {@code unique}, {@code exact} or {@code near}
 * @param duplicateOf the id of the original, for a duplicate
 */
public record Verdict(
    String status,
    @Nullable String duplicateOf,
    @Nullable Double similarity,
    @Nullable String storyId) {}
