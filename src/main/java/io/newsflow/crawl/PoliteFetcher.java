package io.newsflow.crawl;

import io.newsflow.crawl.FetchOutcome.Failed;
import io.newsflow.crawl.FetchOutcome.HttpError;
import io.newsflow.crawl.FetchOutcome.RobotsDenied;
import io.newsflow.crawl.RobotsCache.RobotsDecision;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The crawler's one way to fetch a URL: robots.txt check ({@link RobotsDenied} when it forbids),
 * then the {@link HostPoliteness} gate, then {@link HttpFetcher}; a 429 or 503 with {@code
 * Retry-After} backs the whole host off; retryable outcomes are retried as {@link RetryPolicy}
 * says, each attempt passing the gate again. Returns the last outcome.
 *
 * <p>When robots.txt is unreachable (5xx, timeout), the URL is not fetched and the outcome is a
 * {@link Failed} naming that, retryable later but not retried here: the verdict is cached for a few
 * minutes. Each failed attempt is logged in one line, {@code "{} failed (attempt {}/{})"}.
 *
 * <p>Thread-safe and blocking: run it on a pool of {@code maxConcurrency} threads. Closing it
 * closes the {@link HttpFetcher}.
 */
public final class PoliteFetcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PoliteFetcher.class);

  private final HttpFetcher fetcher;
  private final RobotsCache robots;
  private final HostPoliteness politeness;
  private final RetryPolicy retries;

  public PoliteFetcher(
      HttpFetcher fetcher, RobotsCache robots, HostPoliteness politeness, RetryPolicy retries) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.robots = Objects.requireNonNull(robots, "robots");
    this.politeness = Objects.requireNonNull(politeness, "politeness");
    this.retries = Objects.requireNonNull(retries, "retries");
  }

  /** The production assembly of the network layer for the given settings. */
  public static PoliteFetcher create(CrawlSettings settings) {
    HttpFetcher fetcher = new HttpFetcher(settings);
    HostPoliteness politeness = new HostPoliteness(settings);
    return new PoliteFetcher(
        fetcher,
        new RobotsCache(fetcher, politeness, settings),
        politeness,
        new RetryPolicy(settings));
  }

  /** The robots.txt cache, for sitemap discovery. */
  public RobotsCache robots() {
    return robots;
  }

  /** The per-host gate, shared with anything else that sends requests to crawled hosts. */
  public HostPoliteness politeness() {
    return politeness;
  }

  /**
   * Fetches politely and with retries; never throws for any URL or server behaviour.
   *
   * @throws InterruptedException when interrupted while waiting for robots.txt, the gate or a retry
   */
  public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
    URI url = request.url();
    String host = url.getHost();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (host == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return fetcher.fetch(request); // refused or failed without touching the network
    }
    for (int attempt = 1; ; attempt++) {
      RobotsDecision decision = robots.check(url);
      if (!decision.allowed()) {
        if (decision.unreachable().isPresent()) {
          FetchOutcome outcome = new Failed(url, decision.unreachable().get(), true);
          LOG.infof("%s failed (attempt %d/%d): %s", url, attempt, retries.maxAttempts(), outcome);
          return outcome;
        }
        LOG.debugf("%s denied by robots.txt", url);
        return new RobotsDenied(url);
      }
      FetchOutcome outcome;
      try (HostPoliteness.Permit permit =
          politeness.acquire(host, decision.crawlDelay().orElse(Duration.ZERO))) {
        outcome = fetcher.fetch(request);
      }
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while fetching " + url);
      }
      if (outcome instanceof HttpError error && error.retryAfter() != null) {
        politeness.backOff(host, error.retryAfter());
      }
      if (outcome instanceof FetchOutcome.Fetched || outcome instanceof FetchOutcome.NotModified) {
        return outcome;
      }
      Optional<Duration> delay =
          outcome instanceof HttpError error && waitsTooLong(error)
              ? Optional.empty()
              : retries.nextDelay(attempt, outcome);
      LOG.infof(
          "%s failed (attempt %d/%d): %s%s",
          url,
          attempt,
          retries.maxAttempts(),
          outcome,
          delay.map(d -> ", retrying in " + d).orElse(""));
      if (delay.isEmpty()) {
        return outcome;
      }
      TimeUnit.NANOSECONDS.sleep(delay.get().toNanos());
    }
  }

  /**
   * A {@code Retry-After} beyond the longest retry delay is not waited out here: the host stays
   * backed off in the gate, and the caller gets the outcome back to reschedule.
   */
  private boolean waitsTooLong(HttpError error) {
    Duration retryAfter = error.retryAfter();
    return retryAfter != null && retryAfter.compareTo(retries.maxBackoff()) > 0;
  }

  @Override
  public void close() {
    fetcher.close();
  }
}
