package io.newsflow.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Pipeline figures over the window, from the topics and the consumer groups.
 *
 * @param minutes the start of each minute of the series, oldest first (the last is the current,
 *     unfinished minute)
 * @param perMinute records per minute for each stream: {@code crawled} (crawl events), {@code
 *     extracted}, {@code tagged}, {@code unique}, {@code duplicate}, {@code deadLettered}
 * @param lastMinute each stream's count in the last finished minute
 * @param totals each stream's count over the window
 * @param lag consumer lag per group
 * @param reading whether the dashboard is reading the topics: false while Kafka is unreachable (the
 *     reader failed, or every lag measurement failed)
 */
public record PipelineStats(
    Instant now,
    String window,
    List<Instant> minutes,
    Map<String, long[]> perMinute,
    Map<String, Long> lastMinute,
    Map<String, Long> totals,
    List<GroupLag> lag,
    boolean reading) {

  /** The streams, in the order the page draws them. */
  public static final List<String> STREAMS =
      List.of("crawled", "extracted", "tagged", "unique", "duplicate", "deadLettered");
}
