package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DiscoveryParsersTest {

  private final FeedParser feeds = new FeedParser();
  private final SitemapParser sitemaps = new SitemapParser();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldReadRss2LinksResolvedAndCanonical() throws Exception {
    String rss =
        """
        <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
        <item><title>A</title><link>https://news.example.com/a?utm_source=rss</link></item>
        <item><title>B</title><link>/b</link></item></channel></rss>
        """;

    assertThat(feeds.parse(bytes(rss), "https://news.example.com/feed.xml").articles())
        .containsExactly("https://news.example.com/a", "https://news.example.com/b");
  }

  @Test
  void shouldReadRss1Rdf() throws Exception {
    String rdf =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="https://news.example.com/"><title>T</title><link>https://news.example.com/</link></channel>
          <item rdf:about="https://news.example.com/r1"><title>R1</title><link>https://news.example.com/r1</link></item>
        </rdf:RDF>
        """;

    assertThat(feeds.parse(bytes(rdf), "https://news.example.com/rdf").articles())
        .containsExactly("https://news.example.com/r1");
  }

  @Test
  void shouldReadAtomAlternateLinks() throws Exception {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2025-03-01T00:00:00Z</updated>
          <entry><title>E</title><id>urn:e</id><updated>2025-03-01T00:00:00Z</updated>
            <link rel="alternate" href="https://news.example.com/e1"/></entry>
        </feed>
        """;

    assertThat(feeds.parse(bytes(atom), "https://news.example.com/atom").articles())
        .containsExactly("https://news.example.com/e1");
  }

  @Test
  void shouldReadJsonFeed() throws Exception {
    String json =
        """
        {"version": "https://jsonfeed.org/version/1.1", "title": "T",
         "items": [{"id": "1", "url": "https://news.example.com/j1"}, {"id": "2", "external_url": "https://other.example.org/j2"}]}
        """;

    assertThat(feeds.parse(bytes(json), "https://news.example.com/feed.json").articles())
        .containsExactly("https://news.example.com/j1", "https://other.example.org/j2");
  }

  @Test
  void shouldRejectWhatIsNoFeed() {
    assertThatThrownBy(
            () -> feeds.parse(bytes("<html><body>hi</body></html>"), "https://x.example/"))
        .isInstanceOf(FeedParser.FeedException.class);
  }

  @Test
  void shouldListChildSitemapsOfAnIndex() throws Exception {
    String index =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example.com/sitemap-news.xml</loc></sitemap>
        </sitemapindex>
        """;

    Discovery found =
        sitemaps.parse(bytes(index), "text/xml", "https://news.example.com/sitemap.xml");

    assertThat(found.listings()).containsExactly("https://news.example.com/sitemap-news.xml");
    assertThat(found.articles()).isEmpty();
  }

  @Test
  void shouldReadAGoogleNewsSitemap() throws Exception {
    String news =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>https://news.example.com/n1</loc>
            <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2025-03-01T10:00:00Z</news:publication_date><news:title>N1</news:title></news:news></url>
        </urlset>
        """;

    assertThat(
            sitemaps
                .parse(bytes(news), "text/xml", "https://news.example.com/sitemap-news.xml")
                .articles())
        .containsExactly("https://news.example.com/n1");
  }

  @Test
  void shouldTakeSameHostLinksMatchingTheSourceFromASectionPage() {
    String html =
        """
        <html><body><nav><a href="/">Home</a><a href="/world/">World</a></nav>
        <a href="/world/2025/03/01/talks-resume">Talks</a>
        <a href="https://elsewhere.example.org/world/2025/x">Elsewhere</a>
        <a href="/world/2025/03/01/talks-resume#comments">Comments</a></body></html>
        """;

    Discovery found =
        new SectionPageParser()
            .parse(
                bytes(html),
                "https://news.example.com/world/",
                url -> url.matches(".*/20\\d\\d/.*"));

    assertThat(found.articles())
        .containsExactly("https://news.example.com/world/2025/03/01/talks-resume");
  }
}
