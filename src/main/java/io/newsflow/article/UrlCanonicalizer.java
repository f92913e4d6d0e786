package io.newsflow.article;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Canonical form of a crawlable URL, so one page has one key: lower-case scheme and host (IDN hosts
 * in ASCII), no default port, no fragment, dot segments resolved, an empty path as "/", tracking
 * parameters removed ({@code utm_*}, {@code fbclid}, {@code gclid} and the like) and the remaining
 * parameters sorted. Stateless and thread-safe.
 *
 * <p>Written here rather than taken from crawler-commons: its {@code BasicURLNormalizer} 1.5
 * corrupts query strings after a percent-escape in the path ({@code /a%7e?b=1} becomes {@code
 * /a~?b?1}).
 */
public final class UrlCanonicalizer {

  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "igshid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "ocid",
          "cmpid",
          "smid",
          "soc_src",
          "soc_trk",
          "ref_src",
          "at_medium",
          "at_campaign",
          "ito",
          "__twitter_impression");

  private UrlCanonicalizer() {}

  /** The canonical form, or empty when the text is not an absolute http(s) URL. */
  public static Optional<String> canonicalize(String url) {
    try {
      URI uri = new URI(url.strip()).normalize();
      String scheme = uri.getScheme();
      if (scheme == null || uri.getRawAuthority() == null) {
        return Optional.empty();
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.empty();
      }
      String host = uri.getHost() != null ? uri.getHost() : registryHost(uri.getRawAuthority());
      int port = uri.getHost() != null ? uri.getPort() : registryPort(uri.getRawAuthority());
      if (host == null || host.isEmpty()) {
        return Optional.empty();
      }
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      if (host.endsWith(".")) {
        host = host.substring(0, host.length() - 1);
      }
      boolean defaultPort =
          port == -1
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");
      if (uri.getRawUserInfo() != null) {
        out.append(uri.getRawUserInfo()).append('@');
      }
      out.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
      if (!defaultPort) {
        out.append(':').append(port);
      }
      String path = uri.getRawPath();
      while (path != null && path.startsWith("/../")) {
        path = path.substring(3);
      }
      out.append(path == null || path.isEmpty() ? "/" : path);
      String query = canonicalQuery(uri.getRawQuery());
      if (!query.isEmpty()) {
        out.append('?').append(query);
      }
      return Optional.of(out.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The host of a canonical URL, for keying crawl work; empty when there is none. */
  public static String host(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /** The host of an authority {@link URI} did not parse as a server (non-ASCII names). */
  private static @Nullable String registryHost(String authority) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    return colon < 0 ? hostPort : hostPort.substring(0, colon);
  }

  private static int registryPort(String authority) {
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    try {
      return colon < 0 ? -1 : Integer.parseInt(hostPort.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in " + authority, e);
    }
  }

  public static boolean isTracking(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("utm_") || TRACKING.contains(lower);
  }

  private static String canonicalQuery(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (!isTracking(name)) {
        kept.add(pair);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }
}
