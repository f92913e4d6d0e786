package io.newsflow.demo;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One page of the demo sites as a server sends it.
 *
 * @param url absolute URL
 * @param contentType the {@code Content-Type} header value, with charset
 * @param body the bytes of the body (UTF-8)
 * @param date when the page was last changed: the publish time for articles
 */
public record DemoPage(String url, String contentType, byte[] body, Instant date) {

  /** Requires every field; does not copy the body (callers must not change it). */
  public DemoPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(date, "date");
  }

  /** The path of the URL, as a server on loopback matches requests. */
  public String path() {
    return URI.create(url).getRawPath();
  }
}
