package io.newsflow.crawl;

import io.newsflow.crawl.FetchOutcome.Failed;
import io.newsflow.crawl.FetchOutcome.Fetched;
import io.newsflow.crawl.FetchOutcome.HttpError;
import io.newsflow.crawl.FetchOutcome.NotModified;
import io.newsflow.crawl.FetchOutcome.RedirectFailed;
import io.newsflow.crawl.FetchOutcome.RefusedAddress;
import io.newsflow.crawl.FetchOutcome.Timeout;
import io.newsflow.crawl.FetchOutcome.TooLarge;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one URL with a GET and returns a {@link FetchOutcome}; it never throws for any URL or
 * server behaviour.
 *
 * <p>Built on one pooled Apache HttpClient 5. Redirects are followed here, hop by hop (at most
 * {@code maxRedirects}, loops detected), so each hop is recorded and address-checked by the {@link
 * AddressGuard}, which is also the client's DNS resolver. Conditional GETs send {@code
 * If-None-Match}/{@code If-Modified-Since}. Bodies are requested with {@code Accept-Encoding: gzip,
 * deflate, br} and decoded here under {@code maxBodySize} (wire) and {@code maxDecompressedSize}
 * caps; the whole fetch, redirects and body included, ends at {@code fetchTimeout} however slowly
 * the server sends. No politeness here: see {@link PoliteFetcher}.
 *
 * <p>Thread-safe; share one instance and {@link #close()} it at shutdown. An interrupted caller
 * gets a {@link Failed} outcome with its interrupt flag still set.
 */
public final class HttpFetcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(HttpFetcher.class);
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final int DRAIN_LIMIT = 64 * 1024;

  private final CrawlSettings settings;
  private final AddressGuard guard;
  private final PoolingHttpClientConnectionManager pool;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService deadlines;

  /** A fetcher guarded as the settings say ({@code allowPrivateAddresses}). */
  public HttpFetcher(CrawlSettings settings) {
    this(settings, new AddressGuard(settings.allowPrivateAddresses()));
  }

  /** A fetcher with its own address guard (tests use one that refuses a chosen address). */
  public HttpFetcher(CrawlSettings settings, AddressGuard guard) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.guard = Objects.requireNonNull(guard, "guard");
    if (settings.userAgent().isBlank()) {
      throw new IllegalArgumentException("newsflow.crawl.user-agent must be set");
    }
    org.apache.hc.core5.util.Timeout readTimeout = timeout(settings.readTimeout());
    this.pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(guard)
            .setMaxConnTotal(2 * settings.maxConcurrency())
            .setMaxConnPerRoute(settings.maxConcurrency())
            .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(readTimeout).build())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(timeout(settings.connectTimeout()))
                    .setSocketTimeout(readTimeout)
                    .setTimeToLive(TimeValue.ofMinutes(5))
                    .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                    .build())
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(pool)
            .setUserAgent(settings.userAgent())
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .evictExpiredConnections()
            .evictIdleConnections(TimeValue.ofMinutes(1))
            .build();
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "newsflow-fetch-deadline");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    this.deadlines = timer;
  }

  /** Fetches the URL, following redirects; never throws. */
  public FetchOutcome fetch(FetchRequest request) {
    URI requested = request.url();
    long start = System.nanoTime();
    long deadline = start + settings.fetchTimeout().toNanos();
    List<URI> redirects = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI current = requested;
    while (true) {
      if (!current.isAbsolute()) {
        return new Failed(requested, "not an absolute URL: " + current);
      }
      Optional<String> refusal = guard.check(current);
      if (refusal.isPresent()) {
        return new RefusedAddress(requested, hop(requested, current) + refusal.get());
      }
      if (current.getHost() == null || current.getHost().isEmpty()) {
        return new Failed(requested, hop(requested, current) + "no valid host in URL");
      }
      seen.add(withoutFragment(current));
      Hop hop;
      try {
        hop = exchange(requested, current, request, deadline);
      } catch (RuntimeException e) {
        LOG.debugf(e, "Fetch of %s failed", current);
        return new Failed(requested, hop(requested, current) + "bad URL or request: " + e);
      }
      if (hop.outcome != null) {
        FetchOutcome outcome = hop.outcome;
        if (outcome instanceof Fetched fetched) {
          return new Fetched(
              requested,
              current,
              fetched.status(),
              fetched.headers(),
              fetched.body(),
              fetched.contentType(),
              redirects,
              Duration.ofNanos(System.nanoTime() - start));
        }
        return outcome;
      }
      URI next;
      try {
        next = current.resolve(Objects.requireNonNull(hop.location).strip().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        return new RedirectFailed(requested, "bad Location from " + current + ": " + hop.location);
      }
      if (seen.contains(withoutFragment(next))) {
        return new RedirectFailed(requested, "redirect loop at " + next);
      }
      if (redirects.size() >= settings.maxRedirects()) {
        return new RedirectFailed(
            requested, "more than " + settings.maxRedirects() + " redirects, next " + next);
      }
      redirects.add(next);
      current = next;
    }
  }

  /** One request and response: a final outcome, or where to go next. */
  private record Hop(@Nullable FetchOutcome outcome, @Nullable String location) {}

  private Hop exchange(URI requested, URI url, FetchRequest request, long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return new Hop(new Timeout(requested, "no response within " + settings.fetchTimeout()), null);
    }
    HttpGet get = new HttpGet(url);
    get.setHeader("Accept", ACCEPT);
    get.setHeader("Accept-Encoding", "gzip, deflate, br");
    if (request.etag() != null) {
      get.setHeader("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      get.setHeader("If-Modified-Since", request.lastModified());
    }
    Duration left = Duration.ofNanos(remaining);
    get.setConfig(
        RequestConfig.custom()
            .setConnectionRequestTimeout(timeout(left))
            .setResponseTimeout(timeout(min(settings.readTimeout(), left)))
            .build());
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> timer =
        deadlines.schedule(
            () -> {
              expired.set(true);
              get.cancel();
            },
            remaining,
            TimeUnit.NANOSECONDS);
    ClassicHttpResponse response = null;
    boolean complete = false;
    try {
      response = client.executeOpen(null, get, null);
      int status = response.getCode();
      if (status >= 200 && status < 300) {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        if (entity != null) {
          long length = entity.getContentLength();
          if (length > settings.maxBodySize()) {
            return new Hop(new TooLarge(requested, settings.maxBodySize()), null);
          }
          // Not closed here on failure: closing would drain the rest. The finally block aborts.
          body =
              BodyReader.read(
                  entity.getContent(),
                  header(response, "Content-Encoding"),
                  length,
                  settings.maxBodySize(),
                  settings.maxDecompressedSize(),
                  deadline);
        }
        complete = true;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
          headers
              .computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
              .add(h.getValue());
        }
        return new Hop(
            new Fetched(
                requested,
                url,
                status,
                headers,
                body,
                header(response, "Content-Type"),
                List.of(),
                Duration.ZERO),
            null);
      }
      complete = drain(response.getEntity(), deadline);
      if (status == 304) {
        return new Hop(new NotModified(requested), null);
      }
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        String location = header(response, "Location");
        if (location == null || location.isBlank()) {
          return new Hop(
              new RedirectFailed(requested, "HTTP " + status + " without Location at " + url),
              null);
        }
        return new Hop(null, location);
      }
      Duration retryAfter =
          status == 429 || status == 503
              ? parseRetryAfter(header(response, "Retry-After"), Instant.now())
              : null;
      return new Hop(new HttpError(requested, status, retryAfter), null);
    } catch (IOException e) {
      FetchOutcome outcome =
          FetchFailures.classify(
              requested, hop(requested, url), e, expired.get(), settings.fetchTimeout());
      LOG.debugf(e, "Fetch of %s: %s", url, outcome);
      return new Hop(outcome, null);
    } finally {
      timer.cancel(false);
      if (!complete) {
        get.cancel(); // drop the connection instead of draining what is left of the body
      }
      if (response != null) {
        try {
          response.close();
        } catch (IOException | RuntimeException e) {
          LOG.debugf(e, "Closing the response of %s failed", url);
        }
      }
    }
  }

  /**
   * Reads a small unwanted body so the connection can be reused; false when it is too big or slow,
   * and the caller must abort the connection (closing it would drain the rest).
   */
  private static boolean drain(@Nullable HttpEntity entity, long deadline) throws IOException {
    if (entity == null) {
      return true;
    }
    if (entity.getContentLength() > DRAIN_LIMIT) {
      return false;
    }
    InputStream in = entity.getContent();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; ) {
      total += n;
      if (total > DRAIN_LIMIT || System.nanoTime() - deadline > 0) {
        return false;
      }
    }
    return true;
  }

  private static String hop(URI requested, URI url) {
    return url.equals(requested) ? "" : "at redirect " + url + ": ";
  }

  private static @Nullable String header(ClassicHttpResponse response, String name) {
    Header header = response.getFirstHeader(name);
    return header == null ? null : header.getValue();
  }

  private static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri.normalize();
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#'))).normalize();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static org.apache.hc.core5.util.Timeout timeout(Duration duration) {
    return org.apache.hc.core5.util.Timeout.ofMilliseconds(Math.max(1, duration.toMillis()));
  }

  /**
   * The delay a {@code Retry-After} value asks for: delay-seconds or an HTTP-date (a date in the
   * past gives zero); null when missing or unreadable.
   */
  public static @Nullable Duration parseRetryAfter(@Nullable String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return v.length() > 9
          ? Duration.ofSeconds(999_999_999L)
          : Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Whether a {@code Content-Type} names HTML ({@code text/html} or {@code application/xhtml+xml},
   * parameters ignored). False when null: sniff the body with {@link #looksLikeHtml(byte[])}.
   */
  public static boolean isHtml(@Nullable String contentType) {
    return ContentTypes.isHtml(contentType);
  }

  /** Whether a body starts like HTML; see {@link ContentTypes#looksLikeHtml(byte[])}. */
  public static boolean looksLikeHtml(byte[] body) {
    return ContentTypes.looksLikeHtml(body);
  }

  /** Closes the connection pool and the deadline timer; fetches after this fail. */
  @Override
  public void close() {
    deadlines.shutdownNow();
    try {
      client.close();
    } catch (IOException e) {
      LOG.debugf(e, "Closing the HTTP client failed");
    }
    pool.close();
  }
}
