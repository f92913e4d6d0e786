package io.newsflow.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import io.newsflow.article.Json;
import io.newsflow.article.UrlCanonicalizer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;

/**
 * Finds article links in a feed: RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom through ROME, JSON Feed
 * through Jackson, told apart by the content. Stateless and thread-safe; bad input yields an
 * exception with the reason, never a partial silent result.
 */
public final class FeedParser {

  /** At most this many links are taken from one feed. */
  static final int MAX_LINKS = 5_000;

  /**
   * @param body the feed as fetched
   * @param feedUrl where it came from, to resolve relative links
   * @throws FeedException when the body is no feed ROME or JSON Feed can read
   */
  public Discovery parse(byte[] body, String feedUrl) throws FeedException {
    Set<String> links = new LinkedHashSet<>();
    if (looksLikeJson(body)) {
      parseJsonFeed(body, feedUrl, links);
    } else {
      parseXml(body, feedUrl, links);
    }
    return Discovery.of(List.copyOf(links));
  }

  private static void parseXml(byte[] body, String feedUrl, Set<String> links)
      throws FeedException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(body)));
    } catch (Exception e) {
      throw new FeedException("not a readable RSS/Atom feed: " + e.getMessage(), e);
    }
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink();
      if (link == null || link.isBlank()) {
        link = alternateLink(entry);
      }
      if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
        link = entry.getUri();
      }
      add(links, feedUrl, link);
      if (links.size() >= MAX_LINKS) {
        return;
      }
    }
  }

  private static @Nullable String alternateLink(SyndEntry entry) {
    for (SyndLink link : entry.getLinks()) {
      if (link.getRel() == null || "alternate".equals(link.getRel())) {
        return link.getHref();
      }
    }
    return null;
  }

  private static void parseJsonFeed(byte[] body, String feedUrl, Set<String> links)
      throws FeedException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (Exception e) {
      throw new FeedException("not readable JSON: " + e.getMessage(), e);
    }
    JsonNode version = root.path("version");
    if (!version.asText("").startsWith("https://jsonfeed.org/version/")) {
      throw new FeedException("JSON without a JSON Feed version", null);
    }
    for (JsonNode item : root.path("items")) {
      String link = item.path("url").asText(null);
      if (link == null) {
        link = item.path("external_url").asText(null);
      }
      add(links, feedUrl, link);
      if (links.size() >= MAX_LINKS) {
        return;
      }
    }
  }

  private static void add(Set<String> links, String base, @Nullable String link) {
    if (link == null || link.isBlank()) {
      return;
    }
    try {
      UrlCanonicalizer.canonicalize(URI.create(base).resolve(link.strip()).toString())
          .ifPresent(links::add);
    } catch (IllegalArgumentException e) {
      // a link that is not a URL is not an article to crawl
    }
  }

  private static boolean looksLikeJson(byte[] body) {
    for (byte b : body) {
      if (b == '{') {
        return true;
      }
      if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return false;
      }
    }
    return false;
  }

  /** The body is not a feed. */
  public static final class FeedException extends Exception {
    public FeedException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}
