package io.newsflow.crawl;

import io.newsflow.article.UrlCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds article links on an HTML section page: every {@code a[href]} that resolves to an http(s)
 * URL on the page's own host (or any host the source's include patterns accept) and passes the
 * source's filter. Stateless and thread-safe.
 */
public final class SectionPageParser {

  static final int MAX_LINKS = 2_000;

  public Discovery parse(byte[] body, String pageUrl, Predicate<String> sourceFilter) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(body), null, pageUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String pageHost = UrlCanonicalizer.host(pageUrl);
    String self = UrlCanonicalizer.canonicalize(pageUrl).orElse(pageUrl);
    Set<String> links = new LinkedHashSet<>();
    for (Element anchor : page.select("a[href]")) {
      UrlCanonicalizer.canonicalize(anchor.absUrl("href"))
          .filter(url -> !url.equals(self))
          .filter(url -> UrlCanonicalizer.host(url).equals(pageHost))
          .filter(sourceFilter)
          .ifPresent(links::add);
      if (links.size() >= MAX_LINKS) {
        break;
      }
    }
    return Discovery.of(List.copyOf(links));
  }
}
