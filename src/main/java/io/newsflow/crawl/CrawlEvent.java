package io.newsflow.crawl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one URL, as a record on {@code newsflow.crawl.events}.
 *
 * @param outcome one of {@code fetched}, {@code not-modified}, {@code redirected}, {@code
 *     robots-denied}, {@code http-error}, {@code timeout}, {@code too-large}, {@code
 *     refused-address}, {@code redirect-failed}, {@code failed}, {@code not-an-article}, {@code
 *     extraction-failed}, {@code published}
 * @param status the HTTP status, when a response came
 * @param reason why, for anything but success
 * @param articleId the published article, for {@code published}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrawlEvent(
    Instant time,
    String sourceId,
    String url,
    String outcome,
    @Nullable Integer status,
    @Nullable String reason,
    @Nullable String articleId,
    @Nullable Long elapsedMs,
    @Nullable Long bytes) {

  public CrawlEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outcome, "outcome");
  }

  public static CrawlEvent of(
      String sourceId, String url, String outcome, @Nullable String reason) {
    return new CrawlEvent(Instant.now(), sourceId, url, outcome, null, reason, null, null, null);
  }
}
