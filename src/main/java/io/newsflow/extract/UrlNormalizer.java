package io.newsflow.extract;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Resolves and normalizes URLs: lower-case scheme and host, no default port, no fragment, an empty
 * path becomes "/", and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) are
 * removed. Stateless and thread-safe.
 */
public final class UrlNormalizer {

  private UrlNormalizer() {}

  /** The absolute, normalized form of {@code href} against {@code base}; null if not http(s). */
  public static @Nullable String resolve(@Nullable String base, @Nullable String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(href.strip().replace(" ", "%20"));
      if (base != null && !uri.isAbsolute()) {
        uri = new URI(base.strip().replace(" ", "%20")).resolve(uri);
      }
      return normalize(uri);
    } catch (Exception e) {
      return null;
    }
  }

  private static @Nullable String normalize(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.getHost() == null) {
      return null;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return null;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
      port = -1;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (port >= 0) {
      sb.append(':').append(port);
    }
    sb.append(path);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      StringBuilder kept = new StringBuilder();
      for (String param : query.split("&")) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (param.isEmpty()
            || name.startsWith("utm_")
            || name.equals("fbclid")
            || name.equals("gclid")) {
          continue;
        }
        kept.append(kept.length() == 0 ? "" : "&").append(param);
      }
      if (kept.length() > 0) {
        sb.append('?').append(kept);
      }
    }
    return sb.toString();
  }
}
