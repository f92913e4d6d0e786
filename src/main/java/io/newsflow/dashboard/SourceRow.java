package io.newsflow.dashboard;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One source's health over the dashboard's window, as the API returns it.
 *
 * @param status {@code ok} (answered within the window, no error since), {@code failing} (the last
 *     outcome of note was an error), {@code idle} (nothing within the window) or {@code paused}
 * @param enabled whether the source is enabled here; null when only events name it
 * @param fetchesByOutcome crawl events by outcome within the window
 * @param notModifiedShare 304s among fetched and not-modified responses; null without either
 * @param articlesPerHour articles published within the window, per hour
 * @param sinceLastNewItemSeconds seconds since the last article published; null if none seen
 */
public record SourceRow(
    String id,
    String status,
    @Nullable Boolean enabled,
    @Nullable Instant lastSuccessAt,
    @Nullable Instant lastErrorAt,
    @Nullable String lastError,
    Map<String, Long> fetchesByOutcome,
    @Nullable Double notModifiedShare,
    long robotsDenials,
    double articlesPerHour,
    @Nullable Instant lastNewItemAt,
    @Nullable Long sinceLastNewItemSeconds) {}
