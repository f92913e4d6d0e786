package io.newsflow.crawl;

import static io.newsflow.crawl.FixtureServer.html;
import static io.newsflow.crawl.FixtureServer.send;
import static io.newsflow.crawl.FixtureServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.crawl.FetchOutcome.Fetched;
import io.newsflow.crawl.FetchOutcome.HttpError;
import io.newsflow.crawl.FetchOutcome.RefusedAddress;
import io.newsflow.crawl.FetchOutcome.RobotsDenied;
import io.newsflow.crawl.FixtureServer.Seen;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {

  static final CrawlSettings FAST =
      HttpFetcherTest.SETTINGS.toBuilder()
          .minDelay(Duration.ZERO)
          .retryInitialBackoff(Duration.ofMillis(10))
          .build();
  static final String PAGE = "<html><body><p>news</p></body></html>";

  FixtureServer server;
  ExecutorService threads;

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
    server.on("/robots.txt", text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
    server.close();
  }

  @Test
  void shouldNotFetchPathDisallowedByRobots() throws Exception {
    server.on("/private/page", html(PAGE));

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/private/page")));

      assertThat(outcome).isEqualTo(new RobotsDenied(server.url("/private/page")));
      assertThat(outcome.outcome()).isEqualTo("robots-denied");
    }
    assertThat(server.requests("/private/page")).isEmpty();
  }

  @Test
  void shouldNotFetchWhileRobotsIsUnreachable() throws Exception {
    server.on("/robots.txt", text(503, "text/plain", "down"));
    server.on("/page", html(PAGE));

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/page")));

      assertThat(outcome)
          .isInstanceOfSatisfying(
              FetchOutcome.Failed.class,
              f -> {
                assertThat(f.reason()).contains("robots.txt unreachable");
                assertThat(f.retryable()).isTrue();
              });
    }
    assertThat(server.requests("/page")).isEmpty();
  }

  @Test
  void shouldHonourRobotsCrawlDelayUpToTheCap() throws Exception {
    Duration cap = Duration.ofMillis(400);
    server.on("/robots.txt", text(200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n"));
    server.on("/a", html(PAGE)).on("/b", html(PAGE)).on("/c", html(PAGE));

    try (PoliteFetcher fetcher =
        PoliteFetcher.create(FAST.toBuilder().maxCrawlDelay(cap).build())) {
      for (String path : List.of("/a", "/b", "/c")) {
        assertThat(fetcher.fetch(FetchRequest.of(server.url(path)))).isInstanceOf(Fetched.class);
      }
    }

    assertSpacedBy(pages(), cap);
  }

  @Test
  void shouldSpaceRequestsToOneHostByMinDelay() throws Exception {
    Duration minDelay = Duration.ofMillis(300);
    server.on("/a", html(PAGE)).on("/b", html(PAGE)).on("/c", html(PAGE));

    try (PoliteFetcher fetcher =
        PoliteFetcher.create(FAST.toBuilder().minDelay(minDelay).build())) {
      List<Future<FetchOutcome>> results = new ArrayList<>();
      for (String path : List.of("/a", "/b", "/c")) {
        results.add(threads.submit(() -> fetcher.fetch(FetchRequest.of(server.url(path)))));
      }
      for (Future<FetchOutcome> result : results) {
        assertThat(result.get(1, TimeUnit.MINUTES)).isInstanceOf(Fetched.class);
      }
    }

    assertSpacedBy(server.requests(), minDelay);
  }

  @Test
  void shouldFetchFromOtherHostWhileOneHostIsBusy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.on(
        "/slow",
        exchange -> {
          awaitQuietly(release);
          send(exchange, 200, "text/html", PAGE);
        });
    server.on("/page", html(PAGE));

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      Future<FetchOutcome> slow =
          threads.submit(() -> fetcher.fetch(FetchRequest.of(server.url("/slow"))));
      await().atMost(Duration.ofSeconds(10)).until(() -> !server.requests("/slow").isEmpty());

      // 127.0.0.1 has a request in flight; localhost is another host.
      FetchOutcome other = fetcher.fetch(FetchRequest.of(server.url("localhost", "/page")));

      assertThat(other).isInstanceOf(Fetched.class);
      assertThat(slow).isNotDone();
      release.countDown();
      assertThat(slow.get(1, TimeUnit.MINUTES)).isInstanceOf(Fetched.class);
    } finally {
      release.countDown();
    }
  }

  @Test
  void shouldSendOneRequestAtATimePerHost() throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      paths.add("/p" + i);
      server.on(
          "/p" + i,
          exchange -> {
            pauseQuietly(20); // the server's work: gives overlapping requests a chance to show
            send(exchange, 200, "text/html", PAGE);
          });
    }

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      List<CompletableFuture<FetchOutcome>> results = new ArrayList<>();
      for (String path : paths) {
        results.add(CompletableFuture.supplyAsync(() -> fetchUnchecked(fetcher, path), threads));
      }
      results.forEach(r -> assertThat(r.join()).isInstanceOf(Fetched.class));
    }

    assertThat(server.requests()).hasSize(9); // robots.txt and eight pages
    assertThat(server.maxConcurrentRequests()).isEqualTo(1);
  }

  @Test
  void shouldBackOffHostAfterTooManyRequests() throws Exception {
    Duration retryAfter = Duration.ofSeconds(1);
    server.on(
        "/busy",
        exchange -> {
          exchange.getResponseHeaders().set("Retry-After", "1");
          send(exchange, 429, "text/plain", "slow down");
        });
    server.on("/other", html(PAGE));

    try (PoliteFetcher fetcher =
        PoliteFetcher.create(FAST.toBuilder().retryMaxAttempts(1).build())) {
      FetchOutcome busy = fetcher.fetch(FetchRequest.of(server.url("/busy")));
      assertThat(busy).isEqualTo(new HttpError(server.url("/busy"), 429, retryAfter));

      assertThat(fetcher.fetch(FetchRequest.of(server.url("/other")))).isInstanceOf(Fetched.class);
    }

    long gap =
        server.requests("/other").get(0).arrivedNanos()
            - server.requests("/busy").get(0).arrivedNanos();
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(retryAfter);
  }

  @Test
  void shouldNotWaitOutRetryAfterLongerThanMaxBackoff() throws Exception {
    server.on(
        "/later",
        exchange -> {
          exchange.getResponseHeaders().set("Retry-After", "3600");
          send(exchange, 503, "text/plain", "come back in an hour");
        });

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      assertThat(fetcher.fetch(FetchRequest.of(server.url("/later"))))
          .isEqualTo(new HttpError(server.url("/later"), 503, Duration.ofHours(1)));
      assertThat(fetcher.politeness().backedOffFor("127.0.0.1")).isPositive();
    }
    assertThat(server.requests("/later")).hasSize(1);
  }

  @Test
  void shouldRetryServerErrorThenSucceed() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/flaky",
        exchange -> {
          if (calls.incrementAndGet() == 1) {
            send(exchange, 500, "text/plain", "oops");
          } else {
            send(exchange, 200, "text/html", PAGE);
          }
        });

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      assertThat(fetcher.fetch(FetchRequest.of(server.url("/flaky")))).isInstanceOf(Fetched.class);
    }
    assertThat(server.requests("/flaky")).hasSize(2);
  }

  @Test
  void shouldGiveUpAfterMaxAttempts() throws Exception {
    server.on("/down", text(503, "text/plain", "down"));

    try (PoliteFetcher fetcher = PoliteFetcher.create(FAST)) {
      assertThat(fetcher.fetch(FetchRequest.of(server.url("/down"))))
          .isEqualTo(new HttpError(server.url("/down"), 503, null));
    }
    assertThat(server.requests("/down")).hasSize(FAST.retryMaxAttempts());
  }

  @Test
  void shouldRefuseLoopbackWithoutTouchingTheServer() throws Exception {
    try (PoliteFetcher fetcher =
        PoliteFetcher.create(FAST.toBuilder().allowPrivateAddresses(false).build())) {
      assertThat(fetcher.fetch(FetchRequest.of(server.url("/a"))))
          .isInstanceOf(RefusedAddress.class);
    }
    assertThat(server.requests()).isEmpty();
  }

  private List<Seen> pages() {
    return server.requests().stream().filter(s -> !s.path().equals("/robots.txt")).toList();
  }

  private static void assertSpacedBy(List<Seen> requests, Duration spacing) {
    assertThat(requests).hasSizeGreaterThan(1);
    for (int i = 1; i < requests.size(); i++) {
      long gap = requests.get(i).arrivedNanos() - requests.get(i - 1).arrivedNanos();
      assertThat(Duration.ofNanos(gap))
          .as("gap before %s", requests.get(i).path())
          .isGreaterThanOrEqualTo(spacing);
    }
  }

  private FetchOutcome fetchUnchecked(PoliteFetcher fetcher, String path) {
    try {
      return fetcher.fetch(FetchRequest.of(server.url(path)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) throws IOException {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void pauseQuietly(long millis) throws IOException {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
