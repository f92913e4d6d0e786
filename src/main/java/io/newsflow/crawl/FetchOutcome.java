package io.newsflow.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What came of fetching one URL: the closed set of results the crawler counts, logs and publishes.
 * Failures are values, never exceptions. {@link #outcome()} is the stable name used as the {@code
 * outcome} tag of metrics and in crawl events; {@link #retryable()} says whether trying the same
 * URL again later may succeed. Every outcome carries the URL that was requested, whatever redirects
 * followed. Immutable values, safe to share between threads ({@link Fetched#body()} is not copied:
 * never modify it).
 */
public sealed interface FetchOutcome {

  /** The URL this outcome is about (for {@link Fetched}, the URL requested). */
  URI url();

  /** Stable, lower-case name of the outcome, e.g. {@code fetched} or {@code too-large}. */
  String outcome();

  /** True for timeouts, connection failures and HTTP 429, 500, 502, 503 and 504. */
  default boolean retryable() {
    return false;
  }

  /**
   * A 2xx response with its whole, decoded body.
   *
   * @param requested the URL asked for
   * @param finalUrl the URL that answered, after redirects
   * @param headers response headers, names lower-cased, values in arrival order
   * @param body the decoded body (no content encoding left); not copied, do not modify
   * @param contentType the {@code Content-Type} header as sent, or null when missing
   * @param redirects the URLs redirected to, in order; the last is {@code finalUrl}
   * @param elapsed from the start of the fetch to the last byte, redirects included
   */
  record Fetched(
      URI requested,
      URI finalUrl,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      @Nullable String contentType,
      List<URI> redirects,
      Duration elapsed)
      implements FetchOutcome {

    public Fetched {
      Objects.requireNonNull(requested, "requested");
      Objects.requireNonNull(finalUrl, "finalUrl");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(elapsed, "elapsed");
      Map<String, List<String>> lowered = new LinkedHashMap<>();
      headers.forEach(
          (name, values) ->
              lowered
                  .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                  .addAll(values));
      lowered.replaceAll((name, values) -> List.copyOf(values));
      headers = Collections.unmodifiableMap(lowered);
      redirects = List.copyOf(redirects);
    }

    @Override
    public URI url() {
      return requested;
    }

    @Override
    public String outcome() {
      return "fetched";
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The {@code ETag} to send back as {@link FetchRequest#etag()} next time. */
    public Optional<String> etag() {
      return header("etag");
    }

    /** The {@code Last-Modified} to send back as {@link FetchRequest#lastModified()}. */
    public Optional<String> lastModified() {
      return header("last-modified");
    }

    /** Whether the body is HTML, by content type or, when that is missing, by its first bytes. */
    public boolean isHtml() {
      return contentType == null
          ? HttpFetcher.looksLikeHtml(body)
          : HttpFetcher.isHtml(contentType);
    }

    @Override
    public String toString() {
      return "Fetched[" + status + " " + finalUrl + ", " + body.length + " bytes, " + elapsed + "]";
    }
  }

  /** The server answered 304: the copy named by the request's validators is current. */
  record NotModified(URI url) implements FetchOutcome {
    @Override
    public String outcome() {
      return "not-modified";
    }
  }

  /**
   * The server answered with an error or an unusable status.
   *
   * @param retryAfter the server's {@code Retry-After} (429 and 503), when it sent a valid one
   */
  record HttpError(URI url, int status, @Nullable Duration retryAfter) implements FetchOutcome {
    @Override
    public String outcome() {
      return "http-error";
    }

    @Override
    public boolean retryable() {
      return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }
  }

  /** No answer, or no whole answer, in time: connect, read or whole-fetch deadline. */
  record Timeout(URI url, String reason) implements FetchOutcome {
    @Override
    public String outcome() {
      return "timeout";
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /** The body went over a size limit (on the wire or decompressed) and was dropped. */
  record TooLarge(URI url, long limit) implements FetchOutcome {
    @Override
    public String outcome() {
      return "too-large";
    }
  }

  /**
   * The URL may not be fetched: not http(s), or its host (or a redirect's) resolves to a private,
   * loopback or otherwise non-public address. Nothing was sent.
   */
  record RefusedAddress(URI url, String reason) implements FetchOutcome {
    @Override
    public String outcome() {
      return "refused-address";
    }
  }

  /** Redirects went round in a loop, went on too long, or pointed nowhere usable. */
  record RedirectFailed(URI url, String reason) implements FetchOutcome {
    @Override
    public String outcome() {
      return "redirect-failed";
    }
  }

  /** The host's robots.txt forbids this URL to newsflow's agent. Nothing was sent. */
  record RobotsDenied(URI url) implements FetchOutcome {
    @Override
    public String outcome() {
      return "robots-denied";
    }
  }

  /**
   * Anything else: connection refused or reset, TLS, protocol or decoding errors, bad URLs.
   *
   * @param retryable true when the failure is of the connection (refused, reset, no response) and a
   *     later attempt may succeed
   */
  record Failed(URI url, String reason, boolean retryable) implements FetchOutcome {

    /** A failure that retrying will not mend. */
    public Failed(URI url, String reason) {
      this(url, reason, false);
    }

    @Override
    public String outcome() {
      return "failed";
    }
  }
}
