package io.newsflow.crawl;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How the crawler role processes work (how it fetches is {@link CrawlConfig}). */
@ConfigMapping(prefix = "newsflow.crawler")
public interface CrawlerConfig {

  /** Consumer group of the crawler instances sharing the crawl-tasks partitions. */
  @WithDefault("newsflow-crawler")
  String groupId();

  /** This instance's name in logs, client ids and CloudEvents sources; default: the host name. */
  Optional<String> instanceId();

  /** Crawl tasks handed out and not yet finished before the consumer pauses. */
  @WithDefault("1000")
  int maxInFlight();

  /** Threads polling sources (feeds, sitemaps, pages, WARC replays). */
  @WithDefault("4")
  int pollThreads();

  /**
   * Bytes of a crawl-tasks record at most; a larger one goes to the dead-letter topic unread (a
   * task is a URL and two short fields).
   */
  @WithDefault("65536")
  int maxRecordBytes();

  /** URLs remembered as done; the oldest are forgotten past this. */
  @WithDefault("1000000")
  int seenCapacity();
}
