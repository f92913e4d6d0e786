package io.newsflow.dedup;

import java.time.Instant;

/**
 * The time the deduplicator files an article under: its publication time, unless missing or later
 * than its arrival; else its arrival (the input record's timestamp in the topology).
 */
final class ArticleTime {

  private ArticleTime() {}

  static long of(DedupInput article, Instant arrival) {
    Instant published = article.publishedAt();
    return published != null && !published.isAfter(arrival)
        ? published.toEpochMilli()
        : arrival.toEpochMilli();
  }
}
