package io.newsflow.dashboard;

import io.newsflow.crawl.CrawlEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Source health built from crawl events alone, so it holds whichever crawler instance fetched: last
 * success, last error and its reason, fetches by outcome over the window, share of 304s, robots
 * denials, articles per hour and the last new article. Thread-safe.
 */
final class SourceHealthBook {

  /** Outcomes that show the source answering. */
  static final Set<String> SUCCESSES = Set.of("fetched", "not-modified", "redirected", "published");

  /** Outcomes that show the source or the page failing. */
  static final Set<String> ERRORS =
      Set.of(
          "http-error",
          "timeout",
          "too-large",
          "refused-address",
          "redirect-failed",
          "failed",
          "extraction-failed");

  private final Duration window;
  private final Map<String, Health> sources = new HashMap<>();

  SourceHealthBook(Duration window) {
    this.window = window;
  }

  private final class Health {
    final MinuteCounts outcomes = new MinuteCounts((int) Math.max(1, window.toMinutes()));
    @Nullable Instant lastSuccessAt;
    @Nullable Instant lastErrorAt;
    @Nullable String lastError;
    @Nullable Instant lastNewItemAt;
    @Nullable Instant lastEventAt;
  }

  synchronized void accept(CrawlEvent event, Instant now) {
    Health health = sources.computeIfAbsent(event.sourceId(), id -> new Health());
    Instant time = event.time();
    health.outcomes.add(event.outcome(), time, now);
    health.lastEventAt = later(health.lastEventAt, time);
    if (SUCCESSES.contains(event.outcome())) {
      health.lastSuccessAt = later(health.lastSuccessAt, time);
    }
    if ("published".equals(event.outcome())) {
      health.lastNewItemAt = later(health.lastNewItemAt, time);
    }
    if (ERRORS.contains(event.outcome())
        && (health.lastErrorAt == null || !time.isBefore(health.lastErrorAt))) {
      health.lastErrorAt = time;
      String status = event.status() == null ? "" : " " + event.status();
      health.lastError =
          event.outcome() + status + (event.reason() == null ? "" : ": " + event.reason());
    }
  }

  /**
   * One row per source: those configured here (in {@code configured}, with their enabled flag) and
   * those seen in events, by id.
   */
  synchronized List<SourceRow> rows(Map<String, Boolean> configured, Instant now) {
    Map<String, @Nullable Boolean> ids = new TreeMap<>();
    configured.forEach(ids::put);
    for (String id : sources.keySet()) {
      ids.putIfAbsent(id, null);
    }
    List<SourceRow> rows = new ArrayList<>();
    ids.forEach((id, enabled) -> rows.add(row(id, enabled, now)));
    rows.sort(Comparator.comparing(SourceRow::id));
    return rows;
  }

  private SourceRow row(String id, @Nullable Boolean enabled, Instant now) {
    Health health = sources.get(id);
    if (health == null) {
      return new SourceRow(
          id,
          Boolean.FALSE.equals(enabled) ? "paused" : "idle",
          enabled,
          null,
          null,
          null,
          Map.of(),
          null,
          0,
          0,
          null,
          null);
    }
    Map<String, Long> byOutcome = new TreeMap<>();
    for (String outcome : health.outcomes.keys()) {
      long count = health.outcomes.total(outcome, now);
      if (count > 0) {
        byOutcome.put(outcome, count);
      }
    }
    long fetched = byOutcome.getOrDefault("fetched", 0L);
    long notModified = byOutcome.getOrDefault("not-modified", 0L);
    Double share =
        fetched + notModified == 0 ? null : (double) notModified / (fetched + notModified);
    long published = byOutcome.getOrDefault("published", 0L);
    double perHour = published * 60.0 / Math.max(1, window.toMinutes());
    Long sinceNew =
        health.lastNewItemAt == null
            ? null
            : Math.max(0, Duration.between(health.lastNewItemAt, now).toSeconds());
    return new SourceRow(
        id,
        status(health, enabled, now),
        enabled,
        health.lastSuccessAt,
        health.lastErrorAt,
        health.lastError,
        byOutcome,
        share,
        byOutcome.getOrDefault("robots-denied", 0L),
        perHour,
        health.lastNewItemAt,
        sinceNew);
  }

  private String status(Health health, @Nullable Boolean enabled, Instant now) {
    if (health.lastErrorAt != null
        && (health.lastSuccessAt == null || health.lastErrorAt.isAfter(health.lastSuccessAt))) {
      return "failing";
    }
    if (health.lastSuccessAt != null && health.lastSuccessAt.isAfter(now.minus(window))) {
      return "ok";
    }
    return Boolean.FALSE.equals(enabled) ? "paused" : "idle";
  }

  private static Instant later(@Nullable Instant current, Instant time) {
    return current == null || time.isAfter(current) ? time : current;
  }
}
