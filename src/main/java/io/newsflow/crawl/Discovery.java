package io.newsflow.crawl;

import java.util.List;

/**
 * What polling a source found: article URLs to crawl and further listings (child sitemaps) to poll.
 * URLs are absolute and canonical; the lists are bounded by the parsers.
 */
public record Discovery(List<String> articles, List<String> listings) {

  public Discovery {
    articles = List.copyOf(articles);
    listings = List.copyOf(listings);
  }

  public static Discovery of(List<String> articles) {
    return new Discovery(articles, List.of());
  }
}
