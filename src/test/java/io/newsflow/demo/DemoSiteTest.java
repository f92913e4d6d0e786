package io.newsflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class DemoSiteTest {

  private static final DemoSite SITE = DemoSite.load();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldPutTitleInJsonLdAndParagraphsInTheArticleElement() throws IOException {
    DemoCorpus corpus = SITE.corpus();
    for (DemoStory story : corpus.stories()) {
      Document page = Jsoup.parse(SITE.articleHtml(story), corpus.urlOf(story));

      JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
      assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
      assertThat(ld.path("headline").asText()).as(story.id()).isEqualTo(story.title());
      assertThat(ld.path("datePublished").asText()).isEqualTo(story.publishedAt().toString());
      assertThat(ld.path("publisher").path("name").asText())
          .isEqualTo(corpus.outletOf(story).name());
      assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo(corpus.urlOf(story));
      assertThat(page.selectFirst("meta[property=og:title]").attr("content"))
          .isEqualTo(story.title());
      Element article = page.selectFirst("article");
      assertThat(article.selectFirst("h1").text()).isEqualTo(story.title());
      assertThat(article.select(".article-body > p").eachText())
          .as(story.id())
          .hasSize(story.paragraphs().size())
          .last()
          .isEqualTo(story.paragraphs().get(story.paragraphs().size() - 1));
      assertThat(article.text()).contains(story.paragraphs());
    }
  }

  @Test
  void shouldEscapeMarkupInStoryTexts() throws IOException {
    String title = "Judge bans <script>alert(\"x\")</script> & </title> tricks";
    String paragraph = "Tags like <b>bold</b> and <img src=x onerror=alert(1)> stay text.";
    DemoOutlet outlet = SITE.corpus().outlets().get(1);
    DemoStory story = synthetic(outlet, title, paragraph);
    DemoSite site = new DemoSite(DemoCorpus.of(List.of(outlet), List.of(story)));

    String html = site.articleHtml(story);
    Document page = Jsoup.parse(html);

    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<b>bold")
        .doesNotContain("<img");
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.selectFirst("h1").text()).isEqualTo(title);
    assertThat(page.title()).startsWith(title);
    assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(title);
    assertThat(page.selectFirst(".article-body p").text()).isEqualTo(paragraph);
    JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.path("headline").asText()).isEqualTo(title);

    String feed = pageAt(site, outlet.feedUrl());
    assertThat(Jsoup.parse(feed, "", Parser.xmlParser()).selectFirst("item > title").text())
        .isEqualTo(title);
  }

  @Test
  void shouldEndHarbourGazetteArticlesWithNewsletterAndDonationAppeal() {
    DemoStory story = SITE.corpus().story("hg-grain-corridor");
    Element article = Jsoup.parse(SITE.articleHtml(story)).selectFirst("article");

    assertThat(article.select(".newsletter-box").text()).contains("Morning Tide");
    assertThat(article.children().last().text())
        .startsWith("A Message from The Harbour Gazette: Dear readers,")
        .endsWith("Remind me later.");
    assertThat(article.select(".update-note").text()).startsWith("Updated:");
  }

  @Test
  void shouldAddJunkToMetroDailyBylinesButNotToJsonLd() throws IOException {
    DemoStory story = SITE.corpus().story("md-transit-strike");
    Document page = Jsoup.parse(SITE.articleHtml(story));

    assertThat(page.selectFirst(".byline").text()).isEqualTo("By Aisha Karim | Email the author");
    assertThat(
            JSON.readTree(page.selectFirst("script[type=application/ld+json]").data())
                .path("author")
                .path(0)
                .path("name")
                .asText())
        .isEqualTo("Aisha Karim");
  }

  @Test
  void shouldOpenWithTheDateline() {
    DemoStory story = SITE.corpus().story("cp-grain-corridor");
    Element first = Jsoup.parse(SITE.articleHtml(story)).selectFirst(".article-body p");

    assertThat(first.text()).startsWith("KYIV (Continental Press) — Ukraine and four");
  }

  @Test
  void shouldListEveryArticleInTheSectionPageAndFeedButHaveNoArticleElement() {
    for (DemoOutlet outlet : SITE.corpus().outlets()) {
      List<String> urls =
          SITE.corpus().storiesOf(outlet).stream().map(SITE.corpus()::urlOf).toList();
      Document section = Jsoup.parse(pageAt(SITE, outlet.sectionPageUrl()));
      Document feed = Jsoup.parse(pageAt(SITE, outlet.feedUrl()), "", Parser.xmlParser());

      assertThat(section.select("article")).isEmpty();
      assertThat(section.select(".teaser h2 a").eachAttr("href")).containsExactlyElementsOf(urls);
      assertThat(feed.select("rss > channel > item > link").eachText())
          .containsExactlyElementsOf(urls);
    }
  }

  @Test
  void shouldServeOneSiteFromALoopbackServer() throws Exception {
    List<DemoPage> pages = SITE.pagesOf("continental-press.example");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          DemoPage page =
              pages.stream()
                  .filter(candidate -> candidate.path().equals(exchange.getRequestURI().getPath()))
                  .findFirst()
                  .orElse(null);
          if (page == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.getResponseHeaders().add("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, page.body().length);
            exchange.getResponseBody().write(page.body());
          }
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      HttpClient client = HttpClient.newHttpClient();

      HttpResponse<String> robots =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/robots.txt")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> feed =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/feed.xml")).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      assertThat(robots.statusCode()).isEqualTo(200);
      assertThat(robots.body()).startsWith("User-agent: *");
      assertThat(feed.headers().firstValue("Content-Type")).hasValue(DemoSite.RSS);
      assertThat(feed.body()).contains("<rss version=\"2.0\"");
    } finally {
      server.stop(0);
    }
  }

  private static String pageAt(DemoSite site, String url) {
    return site.pages().stream()
        .filter(page -> page.url().equals(url))
        .map(page -> new String(page.body(), StandardCharsets.UTF_8))
        .findFirst()
        .orElseThrow();
  }

  private static DemoStory synthetic(DemoOutlet outlet, String title, String paragraph) {
    return new DemoStory(
        "test-escape",
        outlet.key(),
        "local",
        title,
        List.of("A <Tester>"),
        Instant.parse("2026-11-20T10:00:00Z"),
        null,
        null,
        "en",
        List.of(paragraph, "Second paragraph."),
        null,
        null,
        null);
  }
}
