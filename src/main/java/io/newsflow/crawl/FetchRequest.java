package io.newsflow.crawl;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One URL to fetch, with the validators of the copy the caller already has: when present they are
 * sent as {@code If-None-Match} and {@code If-Modified-Since}, and an unchanged page comes back as
 * {@link FetchOutcome.NotModified}. Immutable.
 *
 * @param etag the {@code ETag} of the last fetch, sent verbatim (quotes included)
 * @param lastModified the {@code Last-Modified} of the last fetch, sent verbatim
 */
public record FetchRequest(URI url, @Nullable String etag, @Nullable String lastModified) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
  }

  /** An unconditional GET. */
  public static FetchRequest of(URI url) {
    return new FetchRequest(url, null, null);
  }

  /** An unconditional GET of a URL string; throws {@link IllegalArgumentException} when bad. */
  public static FetchRequest of(String url) {
    return of(URI.create(url));
  }
}
