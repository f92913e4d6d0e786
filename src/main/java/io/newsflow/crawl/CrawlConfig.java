package io.newsflow.crawl;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the crawler fetches: identity, politeness, limits and retries. The network classes take the
 * plain {@link CrawlSettings} built from this with {@link CrawlSettings#from(CrawlConfig)}, which
 * rejects nonsense values naming the key.
 */
@ConfigMapping(prefix = "newsflow.crawl")
public interface CrawlConfig {

  /**
   * The {@code User-Agent} of every request, e.g. {@code newsflow/0.1 (+https://example.org/bot)}.
   * Required; its product token (before the first {@code /}) is the name newsflow obeys in
   * robots.txt.
   */
  String userAgent();

  /** Least time between the end of one request to a host and the start of the next; may be 0. */
  @WithDefault("PT1S")
  Duration minDelay();

  /** Cap on a robots.txt {@code Crawl-delay}; longer delays are shortened to this. */
  @WithDefault("PT30S")
  Duration maxCrawlDelay();

  /** Most fetches in flight at once, over all hosts. */
  @WithDefault("16")
  int maxConcurrency();

  /** Time allowed to open a TCP (and TLS) connection. */
  @WithDefault("PT5S")
  Duration connectTimeout();

  /** Time allowed for the response to start and between two reads of it (socket timeout). */
  @WithDefault("PT15S")
  Duration readTimeout();

  /** Deadline of a whole fetch, redirects and body included; a trickling server ends here. */
  @WithDefault("PT30S")
  Duration fetchTimeout();

  /** Most bytes of a response body read from the wire (before decompression). */
  @WithDefault("10485760")
  long maxBodySize();

  /** Most bytes a compressed body may inflate to; stops decompression bombs. */
  @WithDefault("20971520")
  long maxDecompressedSize();

  /** Most redirects followed for one fetch; one more is a {@code redirect-failed} outcome. */
  @WithDefault("5")
  int maxRedirects();

  /**
   * Whether hosts resolving to loopback, private, link-local and other non-public addresses may be
   * fetched. Off in production: it stops the crawler being pointed at internal services.
   */
  @WithDefault("false")
  boolean allowPrivateAddresses();

  /** How long a host's robots.txt is kept before it is fetched again. */
  @WithDefault("PT1H")
  Duration robotsCacheTtl();

  /** Retries of fetches that failed in a way worth retrying (timeouts, 429, 5xx...). */
  Retry retry();

  /** Bounded exponential backoff with jitter. */
  interface Retry {

    /** Attempts in all, the first included; 1 disables retries. */
    @WithDefault("3")
    int maxAttempts();

    /** Delay before the second attempt; each further delay doubles it. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    /** Longest delay between attempts, a server's {@code Retry-After} included. */
    @WithDefault("PT1M")
    Duration maxBackoff();
  }
}
