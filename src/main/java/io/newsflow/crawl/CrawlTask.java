package io.newsflow.crawl;

import java.time.Instant;
import java.util.Objects;

/**
 * One article URL to crawl, as a record on the crawl-tasks topic keyed by its host, so that one
 * crawler instance owns each host at a time.
 */
public record CrawlTask(String url, String sourceId, Instant discoveredAt) {
  public CrawlTask {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(discoveredAt, "discoveredAt");
  }
}
