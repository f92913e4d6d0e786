package io.newsflow.crawl;

import static io.newsflow.crawl.FixtureServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.crawl.RobotsCache.RobotsDecision;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

  static final CrawlSettings SETTINGS = HttpFetcherTest.SETTINGS;

  FixtureServer server;
  HttpFetcher fetcher;
  RobotsCache robots;

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
    fetcher = new HttpFetcher(SETTINGS);
    robots = new RobotsCache(fetcher, null, SETTINGS.robotName(), SETTINGS.robotsCacheTtl());
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void shouldDenyDisallowedPathAndAllowTheRest() throws Exception {
    serveRobots("User-agent: *\nDisallow: /private/\n");

    assertThat(robots.check(server.url("/private/page")).allowed()).isFalse();
    assertThat(robots.check(server.url("/news/page")).allowed()).isTrue();
  }

  @Test
  void shouldObeyTheGroupOfItsOwnAgentName() throws Exception {
    serveRobots("User-agent: newsflow-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n");

    assertThat(robots.check(server.url("/news/page")).allowed()).isFalse();
  }

  @Test
  void shouldFetchRobotsOncePerHostWithinTtl() throws Exception {
    serveRobots("User-agent: *\nDisallow: /private/\n");

    for (int i = 0; i < 5; i++) {
      robots.check(server.url("/page" + i));
    }

    assertThat(server.requests("/robots.txt")).hasSize(1);
  }

  @Test
  void shouldReportCrawlDelay() throws Exception {
    serveRobots("User-agent: *\nCrawl-delay: 7\n");

    assertThat(robots.check(server.url("/a")).crawlDelay()).contains(Duration.ofSeconds(7));
  }

  @Test
  void shouldExposeSitemaps() throws Exception {
    serveRobots("Sitemap: https://news.example/sitemap-news.xml\nUser-agent: *\nAllow: /\n");

    assertThat(robots.sitemaps(server.url("/any")))
        .containsExactly("https://news.example/sitemap-news.xml");
  }

  @Test
  void shouldAllowAllWhenRobotsIsMissing() throws Exception {
    assertThat(robots.check(server.url("/a")))
        .isEqualTo(new RobotsDecision(true, Optional.empty(), Optional.empty()));
  }

  @Test
  void shouldDisallowAllWhileRobotsIsUnavailable() throws Exception {
    server.on("/robots.txt", text(503, "text/plain", "maintenance"));

    RobotsDecision decision = robots.check(server.url("/a"));

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.unreachable()).hasValueSatisfying(why -> assertThat(why).contains("503"));
  }

  @Test
  void shouldKeepLastRulesWhenRobotsBecomesUnavailable() throws Exception {
    RobotsCache alwaysFresh = new RobotsCache(fetcher, null, "newsflow-test", Duration.ZERO);
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/robots.txt",
        exchange ->
            FixtureServer.send(
                exchange,
                calls.incrementAndGet() == 1 ? 200 : 500,
                "text/plain",
                "User-agent: *\nDisallow: /private/\n"));

    assertThat(alwaysFresh.check(server.url("/news")).allowed()).isTrue();
    RobotsDecision second = alwaysFresh.check(server.url("/news"));

    assertThat(server.requests("/robots.txt")).hasSize(2);
    assertThat(second.allowed()).isTrue();
    assertThat(alwaysFresh.check(server.url("/private/x")).allowed()).isFalse();
  }

  private void serveRobots(String body) {
    server.on("/robots.txt", text(200, "text/plain", body));
  }
}
