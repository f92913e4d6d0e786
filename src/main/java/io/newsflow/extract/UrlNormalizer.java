package io.newsflow.extract;

import io.newsflow.article.UrlCanonicalizer;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a URL found in a page against the page's URL and puts it in the project's canonical form
 * ({@link UrlCanonicalizer}), so the extractor's canonical URL, and the article id hashed from it,
 * match the crawler's keys. Stateless and thread-safe.
 */
public final class UrlNormalizer {

  private UrlNormalizer() {}

  /** The absolute, canonical form of {@code href} against {@code base}; null if not http(s). */
  public static @Nullable String resolve(@Nullable String base, @Nullable String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(href.strip().replace(" ", "%20"));
      if (base != null && !uri.isAbsolute()) {
        uri = new URI(base.strip().replace(" ", "%20")).resolve(uri);
      }
      return UrlCanonicalizer.canonicalize(uri.toString()).orElse(null);
    } catch (Exception e) {
      return null;
    }
  }
}
