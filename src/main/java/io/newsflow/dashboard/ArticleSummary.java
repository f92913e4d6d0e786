package io.newsflow.dashboard;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article in the recent list. Every text field is scraped: escape it wherever it is shown.
 *
 * @param time when it was published, else when it was fetched (ISO-8601, as the record has it)
 * @param seenAt when its record reached Kafka
 * @param entities names of its first entities
 * @param dedup the deduplicator's verdict, when one has been seen
 */
public record ArticleSummary(
    String id,
    @Nullable String title,
    @Nullable String sourceId,
    @Nullable String siteName,
    @Nullable String url,
    @Nullable String time,
    Instant seenAt,
    @Nullable String language,
    List<String> tags,
    List<String> topics,
    List<String> entities,
    @Nullable Verdict dedup) {}
