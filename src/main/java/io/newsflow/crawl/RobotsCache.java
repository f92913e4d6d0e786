package io.newsflow.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.crawl.FetchOutcome.Fetched;
import io.newsflow.crawl.FetchOutcome.HttpError;
import io.newsflow.crawl.FetchOutcome.RedirectFailed;
import io.newsflow.crawl.FetchOutcome.RefusedAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The robots.txt rules of each site, fetched through the {@link HttpFetcher} (so the same address
 * guard applies), parsed with crawler-commons for newsflow's agent name, and kept per origin
 * ({@code scheme://host:port}) for {@code robotsCacheTtl}, at most {@link #MAX_ORIGINS} origins
 * (least recently used dropped first).
 *
 * <p>As RFC 9309 says: a 2xx body is parsed; 4xx (but 429) and too many redirects mean "no rules"
 * (allow all); 5xx, 429, timeouts, oversized files and connection failures mean the file is
 * unreachable, so everything is disallowed for at most {@link #UNREACHABLE_TTL}, or the rules of a
 * previous successful fetch are used when there are some. A host whose address is refused gets
 * allow-all here; the page fetch itself is refused.
 *
 * <p>Thread-safe. Concurrent checks of one origin share one robots.txt fetch; the others wait for
 * it (interruptibly). Given a {@link HostPoliteness}, robots.txt requests pass it like any other
 * request to the host (at the minimum delay: the crawl delay is not known before).
 */
public final class RobotsCache {

  /** Most origins whose rules are kept. */
  public static final int MAX_ORIGINS = 10_000;

  /** Longest an unreachable robots.txt blocks its origin before it is fetched again. */
  public static final Duration UNREACHABLE_TTL = Duration.ofMinutes(5);

  private static final Logger LOG = Logger.getLogger(RobotsCache.class);

  private final HttpFetcher fetcher;
  private final @Nullable HostPoliteness politeness;
  private final String robotName;
  private final long ttlNanos;
  private final long unreachableTtlNanos;
  private final Map<String, CompletableFuture<Rules>> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Rules>> eldest) {
          return size() > MAX_ORIGINS;
        }
      };

  /** Rules fetched through the politeness gate, like every other request to a host. */
  public RobotsCache(HttpFetcher fetcher, HostPoliteness politeness, CrawlSettings settings) {
    this(fetcher, politeness, settings.robotName(), settings.robotsCacheTtl());
  }

  /**
   * @param politeness the gate robots.txt requests pass, or null to fetch them straight away
   * @param robotName the lower-case product token matched against {@code User-agent} lines
   * @param ttl how long fetched rules are kept
   */
  public RobotsCache(
      HttpFetcher fetcher, @Nullable HostPoliteness politeness, String robotName, Duration ttl) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.politeness = politeness;
    this.robotName = robotName.toLowerCase(Locale.ROOT);
    this.ttlNanos = ttl.toNanos();
    this.unreachableTtlNanos = Math.min(ttlNanos, UNREACHABLE_TTL.toNanos());
  }

  /**
   * Whether newsflow may fetch the URL, and the site's crawl delay. URLs that are not http(s) with
   * a host are allowed here; the fetcher refuses them.
   *
   * @throws InterruptedException when interrupted while waiting for the robots.txt
   */
  public RobotsDecision check(URI url) throws InterruptedException {
    String origin = origin(url);
    if (origin == null) {
      return new RobotsDecision(true, Optional.empty(), Optional.empty());
    }
    Rules rules = rules(origin);
    long delayMillis = rules.rules.getCrawlDelay();
    Optional<Duration> delay =
        delayMillis > 0 ? Optional.of(Duration.ofMillis(delayMillis)) : Optional.empty();
    boolean allowed = rules.rules.isAllowed(url.toString());
    return new RobotsDecision(
        allowed, delay, allowed ? Optional.empty() : Optional.ofNullable(rules.unreachable));
  }

  /** The sitemap URLs the site's robots.txt lists, as written there; empty when none. */
  public List<String> sitemaps(URI anyUrlOnHost) throws InterruptedException {
    String origin = origin(anyUrlOnHost);
    return origin == null ? List.of() : List.copyOf(rules(origin).rules.getSitemaps());
  }

  private Rules rules(String origin) throws InterruptedException {
    while (true) {
      CompletableFuture<Rules> shared;
      CompletableFuture<Rules> mine = null;
      Rules previous = null;
      synchronized (cache) {
        shared = cache.get(origin);
        if (shared == null || (shared.isDone() && isStale(shared.join()))) {
          previous = shared == null ? null : shared.join();
          mine = new CompletableFuture<>();
          cache.put(origin, mine);
          shared = mine;
        }
      }
      if (mine != null) {
        return loadInto(mine, origin, previous);
      }
      try {
        return shared.get();
      } catch (ExecutionException e) {
        // The thread loading it was interrupted and gave up: try again, perhaps loading it here.
      }
    }
  }

  private Rules loadInto(CompletableFuture<Rules> mine, String origin, @Nullable Rules previous)
      throws InterruptedException {
    try {
      Rules loaded = load(origin, previous);
      mine.complete(loaded);
      return loaded;
    } catch (InterruptedException | RuntimeException e) {
      synchronized (cache) {
        cache.remove(origin, mine);
      }
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private Rules load(String origin, @Nullable Rules previous) throws InterruptedException {
    URI robotsUrl = URI.create(origin + "/robots.txt");
    FetchOutcome outcome;
    if (politeness == null) {
      outcome = fetcher.fetch(FetchRequest.of(robotsUrl));
    } else {
      try (HostPoliteness.Permit permit = politeness.acquire(robotsUrl.getHost(), Duration.ZERO)) {
        outcome = fetcher.fetch(FetchRequest.of(robotsUrl));
      }
    }
    if (Thread.interrupted()) {
      // The fetch was cut short by the interrupt, not by the site: cache nothing.
      throw new InterruptedException("interrupted while fetching " + robotsUrl);
    }
    long now = System.nanoTime();
    if (outcome instanceof Fetched fetched) {
      BaseRobotRules parsed =
          new SimpleRobotRulesParser(Long.MAX_VALUE, 5)
              .parseContent(
                  robotsUrl.toString(),
                  fetched.body(),
                  fetched.contentType() == null ? "text/plain" : fetched.contentType(),
                  List.of(robotName));
      return new Rules(parsed, null, now + ttlNanos);
    }
    boolean noRules =
        (outcome instanceof HttpError error
                && error.status() >= 400
                && error.status() < 500
                && error.status() != 429)
            || outcome instanceof RedirectFailed
            || outcome instanceof RefusedAddress
            || outcome instanceof FetchOutcome.NotModified;
    if (noRules) {
      return new Rules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), null, now + ttlNanos);
    }
    LOG.infof(
        "robots.txt of %s unreachable, %s for now: %s",
        origin,
        previous != null && previous.unreachable == null
            ? "using the last rules"
            : "disallowing all",
        outcome);
    return unreachable(previous, outcome.toString());
  }

  private Rules unreachable(@Nullable Rules previous, String why) {
    long until = System.nanoTime() + unreachableTtlNanos;
    if (previous != null && previous.unreachable == null) {
      return new Rules(previous.rules, null, until);
    }
    return new Rules(
        new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), "robots.txt unreachable: " + why, until);
  }

  private static boolean isStale(Rules rules) {
    return System.nanoTime() - rules.expiresAt >= 0;
  }

  private static @Nullable String origin(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || url.getHost() == null) {
      return null;
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  /**
   * Parsed rules, why they stand in for an unreachable file (null when they do not), and when they
   * expire.
   */
  private record Rules(BaseRobotRules rules, @Nullable String unreachable, long expiresAt) {}

  /**
   * What robots.txt says about one URL.
   *
   * @param crawlDelay the site's {@code Crawl-delay} for newsflow's agent, uncapped
   * @param unreachable present when denied only because robots.txt could not be fetched (5xx,
   *     timeout...), saying why: the verdict is temporary
   */
  public record RobotsDecision(
      boolean allowed, Optional<Duration> crawlDelay, Optional<String> unreachable) {}
}
