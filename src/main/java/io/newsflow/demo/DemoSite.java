package io.newsflow.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The demo sites as pages: one HTML page per story, and per site a section page, an RSS 2.0 feed
 * and a {@code robots.txt}. The same pages go into the demo WARC ({@link DemoWarcWriter}) and can
 * be served by a loopback HTTP server in tests. Immutable and thread-safe.
 */
public final class DemoSite {

  /** Content type of the HTML pages. */
  public static final String HTML = "text/html; charset=utf-8";

  /** Content type of the feeds. */
  public static final String RSS = "application/rss+xml; charset=utf-8";

  /** Content type of robots.txt. */
  public static final String TEXT = "text/plain; charset=utf-8";

  private final DemoCorpus corpus;
  private final ArticleRenderer articles;
  private final ListingRenderer listings;

  /** The sites of a corpus. */
  public DemoSite(DemoCorpus corpus) {
    this.corpus = corpus;
    this.articles = new ArticleRenderer(corpus);
    this.listings = new ListingRenderer(corpus);
  }

  /** The sites of the corpus that ships in the jar. */
  public static DemoSite load() {
    return new DemoSite(DemoCorpus.load());
  }

  /** The corpus the pages are rendered from. */
  public DemoCorpus corpus() {
    return corpus;
  }

  /** The HTML page of one story of the corpus. */
  public String articleHtml(DemoStory story) {
    return articles.render(corpus.story(story.id()));
  }

  /**
   * Every page: per site (in the order of {@code sites.yaml}) its articles oldest first, then its
   * section page, feed and robots.txt.
   */
  public List<DemoPage> pages() {
    List<DemoPage> pages = new ArrayList<>();
    for (DemoOutlet outlet : corpus.outlets()) {
      List<DemoStory> stories = new ArrayList<>(corpus.storiesOf(outlet));
      Collections.reverse(stories);
      for (DemoStory story : stories) {
        pages.add(page(corpus.urlOf(story), HTML, articles.render(story), story.publishedAt()));
      }
      Instant latest =
          stories.stream()
              .map(DemoStory::lastModified)
              .max(Instant::compareTo)
              .orElse(Instant.EPOCH);
      pages.add(page(outlet.sectionPageUrl(), HTML, listings.sectionPage(outlet), latest));
      pages.add(page(outlet.feedUrl(), RSS, listings.feed(outlet), latest));
      pages.add(page(outlet.robotsUrl(), TEXT, String.join("\n", outlet.robots()) + "\n", latest));
    }
    return pages;
  }

  /** The pages of one site (as {@link #pages()}), for a server that serves one host. */
  public List<DemoPage> pagesOf(String host) {
    String base = "https://" + host + "/";
    List<DemoPage> pages = pages().stream().filter(page -> page.url().startsWith(base)).toList();
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no demo site at host " + host);
    }
    return pages;
  }

  /** The pages a crawler archives: all but the robots.txt files. */
  public List<DemoPage> archivedPages() {
    return pages().stream().filter(page -> !page.url().endsWith("/robots.txt")).toList();
  }

  private static DemoPage page(String url, String contentType, String body, Instant date) {
    return new DemoPage(url, contentType, body.getBytes(StandardCharsets.UTF_8), date);
  }
}
