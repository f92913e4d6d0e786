package io.newsflow.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import io.newsflow.article.UrlCanonicalizer;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads sitemaps with crawler-commons: a sitemap index yields child sitemaps to poll, a plain or
 * Google News sitemap yields article URLs. Stateless and thread-safe (one parser per call).
 */
public final class SitemapParser {

  /** At most this many URLs are taken from one sitemap (the sitemap protocol's own limit). */
  static final int MAX_URLS = 50_000;

  /**
   * @throws FeedParser.FeedException when the body is no sitemap
   */
  public Discovery parse(byte[] body, @Nullable String contentType, String sitemapUrl)
      throws FeedParser.FeedException {
    AbstractSiteMap parsed;
    try {
      crawlercommons.sitemaps.SiteMapParser parser =
          new crawlercommons.sitemaps.SiteMapParser(false);
      parser.enableExtensions();
      parsed =
          parser.parseSiteMap(
              contentType == null ? "text/xml" : contentType, body, new URL(sitemapUrl));
    } catch (Exception e) {
      throw new FeedParser.FeedException("not a readable sitemap: " + e.getMessage(), e);
    }
    List<String> articles = new ArrayList<>();
    List<String> listings = new ArrayList<>();
    if (parsed instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        UrlCanonicalizer.canonicalize(child.getUrl().toString()).ifPresent(listings::add);
      }
    } else if (parsed instanceof SiteMap map) {
      for (SiteMapURL url : map.getSiteMapUrls()) {
        UrlCanonicalizer.canonicalize(url.getUrl().toString()).ifPresent(articles::add);
        if (articles.size() >= MAX_URLS) {
          break;
        }
      }
    }
    return new Discovery(articles, listings);
  }
}
