package io.newsflow.crawl;

import static io.newsflow.crawl.FixtureServer.html;
import static io.newsflow.crawl.FixtureServer.redirect;
import static io.newsflow.crawl.FixtureServer.send;
import static io.newsflow.crawl.FixtureServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import io.newsflow.crawl.FetchOutcome.Failed;
import io.newsflow.crawl.FetchOutcome.Fetched;
import io.newsflow.crawl.FetchOutcome.HttpError;
import io.newsflow.crawl.FetchOutcome.NotModified;
import io.newsflow.crawl.FetchOutcome.RedirectFailed;
import io.newsflow.crawl.FetchOutcome.Timeout;
import io.newsflow.crawl.FetchOutcome.TooLarge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  static final CrawlSettings SETTINGS =
      CrawlSettings.defaults("newsflow-test/1.0 (+http://127.0.0.1/)").toBuilder()
          .allowPrivateAddresses(true)
          .build();
  static final String PAGE = "<!DOCTYPE html><html><body><p>Hello, newsflow.</p></body></html>";

  FixtureServer server;
  HttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
    fetcher = new HttpFetcher(SETTINGS);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void shouldFetchPageWithLowerCasedHeadersAndUserAgent() {
    server.on("/page", html(PAGE));

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/page")));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Fetched.class,
            f -> {
              assertThat(f.status()).isEqualTo(200);
              assertThat(new String(f.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
              assertThat(f.headers()).containsKey("content-type");
              assertThat(f.isHtml()).isTrue();
              assertThat(f.finalUrl()).isEqualTo(server.url("/page"));
              assertThat(f.redirects()).isEmpty();
            });
    assertThat(server.requests("/page").get(0).header("User-Agent"))
        .isEqualTo(SETTINGS.userAgent());
  }

  @Test
  void shouldReturnNotModifiedWhenEtagMatches() {
    server.on(
        "/feed",
        exchange -> {
          if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
          } else {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            send(exchange, 200, "application/rss+xml", "<rss/>");
          }
        });
    Fetched first = (Fetched) fetcher.fetch(FetchRequest.of(server.url("/feed")));

    FetchOutcome second =
        fetcher.fetch(
            new FetchRequest(
                server.url("/feed"), first.etag().orElseThrow(), "Sat, 21 Nov 2026 05:00:00 GMT"));

    assertThat(second).isEqualTo(new NotModified(server.url("/feed")));
    assertThat(server.requests("/feed").get(1).header("If-Modified-Since"))
        .isEqualTo("Sat, 21 Nov 2026 05:00:00 GMT");
  }

  @Test
  void shouldDecodeGzipBody() throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gzipped)) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    server.on("/gz", encoded("gzip", gzipped.toByteArray()));

    assertThat(bodyOf(fetcher.fetch(FetchRequest.of(server.url("/gz"))))).isEqualTo(PAGE);
    assertThat(server.requests("/gz").get(0).header("Accept-Encoding"))
        .isEqualTo("gzip, deflate, br");
  }

  @Test
  void shouldDecodeZlibDeflateBody() throws IOException {
    server.on("/deflate", encoded("deflate", deflate(PAGE, false)));

    assertThat(bodyOf(fetcher.fetch(FetchRequest.of(server.url("/deflate"))))).isEqualTo(PAGE);
  }

  @Test
  void shouldDecodeRawDeflateBody() throws IOException {
    server.on("/raw", encoded("deflate", deflate(PAGE, true)));

    assertThat(bodyOf(fetcher.fetch(FetchRequest.of(server.url("/raw"))))).isEqualTo(PAGE);
  }

  @Test
  void shouldDecodeBrotliBody() throws IOException {
    // Pre-compressed once with the Debian brotli tool; Java has no Brotli encoder.
    server.on("/br", encoded("br", resource("brotli-page.html.br")));

    assertThat(bodyOf(fetcher.fetch(FetchRequest.of(server.url("/br")))))
        .isEqualTo(new String(resource("brotli-page.html"), StandardCharsets.UTF_8));
  }

  @Test
  void shouldCutOffFiftyMegabyteBodyAsTooLarge() {
    server.on(
        "/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked: no length to reject up front
          byte[] chunk = new byte[64 * 1024];
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 50 * 16; i++) {
              out.write(chunk);
            }
          }
        });

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/huge")));

    assertThat(outcome).isEqualTo(new TooLarge(server.url("/huge"), SETTINGS.maxBodySize()));
  }

  @Test
  void shouldRejectDeclaredLengthOverLimitWithoutReading() {
    server.on(
        "/declared",
        exchange -> {
          exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
          exchange.getResponseBody().write(new byte[1024]);
        });

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/declared")));

    assertThat(outcome).isEqualTo(new TooLarge(server.url("/declared"), SETTINGS.maxBodySize()));
  }

  @Test
  void shouldCutOffGzipBombAsTooLargeWithBoundedMemory() {
    long gigabyte = 1L << 30;
    server.on(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          exchange.sendResponseHeaders(200, 0);
          byte[] zeros = new byte[1 << 20];
          try (OutputStream out = fastGzip(exchange.getResponseBody())) {
            for (long written = 0; written < gigabyte; written += zeros.length) {
              out.write(zeros);
            }
          }
        });
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/bomb")));

    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    assertThat(outcome)
        .isEqualTo(new TooLarge(server.url("/bomb"), SETTINGS.maxDecompressedSize()));
    // Inflating the gigabyte would allocate at least that much; the cap keeps it to a few times
    // max-decompressed-size (the growing buffer).
    assertThat(allocated).isLessThan(8 * SETTINGS.maxDecompressedSize());
  }

  @Test
  void shouldTimeOutOnTricklingServer() {
    HttpFetcher impatient =
        new HttpFetcher(SETTINGS.toBuilder().fetchTimeout(Duration.ofSeconds(1)).build());
    server.on(
        "/trickle",
        exchange -> {
          exchange.sendResponseHeaders(200, 100);
          OutputStream out = exchange.getResponseBody();
          for (int i = 0; i < 100; i++) {
            out.write('x');
            out.flush();
            pause(100); // the server's behaviour under test: one byte per 100 ms
          }
        });

    try (impatient) {
      assertThat(impatient.fetch(FetchRequest.of(server.url("/trickle"))))
          .isInstanceOf(Timeout.class);
    }
  }

  @Test
  void shouldTimeOutAtFetchDeadlineWhenServerStalls() {
    CountDownLatch release = new CountDownLatch(1);
    HttpFetcher impatient =
        new HttpFetcher(
            SETTINGS.toBuilder()
                .readTimeout(Duration.ofMinutes(1))
                .fetchTimeout(Duration.ofMillis(500))
                .build());
    server.on(
        "/stall",
        exchange -> {
          exchange.sendResponseHeaders(200, 100);
          exchange.getResponseBody().write('x');
          exchange.getResponseBody().flush();
          await(release);
        });

    try (impatient) {
      assertThat(impatient.fetch(FetchRequest.of(server.url("/stall"))))
          .isInstanceOf(Timeout.class);
    } finally {
      release.countDown();
    }
  }

  @Test
  void shouldFailOnRedirectLoop() {
    server.on("/a", redirect(302, "/b")).on("/b", redirect(301, "/a"));

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/a")));

    assertThat(outcome)
        .isInstanceOfSatisfying(RedirectFailed.class, r -> assertThat(r.reason()).contains("loop"));
  }

  @Test
  void shouldFollowFiveRedirectsToFinalUrl() {
    for (int i = 0; i < 5; i++) {
      server.on("/r" + i, redirect(i % 2 == 0 ? 301 : 307, "/r" + (i + 1)));
    }
    server.on("/r5", html(PAGE));

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/r0")));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            Fetched.class,
            f -> {
              assertThat(f.finalUrl()).isEqualTo(server.url("/r5"));
              assertThat(f.redirects()).hasSize(5).last().isEqualTo(server.url("/r5"));
            });
  }

  @Test
  void shouldFailOnSixRedirects() {
    for (int i = 0; i < 6; i++) {
      server.on("/s" + i, redirect(302, "/s" + (i + 1)));
    }
    server.on("/s6", html(PAGE));

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/s0")));

    assertThat(outcome).isInstanceOf(RedirectFailed.class);
    assertThat(server.requests("/s6")).isEmpty();
  }

  @Test
  void shouldReportRetryAfterOfTooManyRequests() {
    server.on(
        "/busy",
        exchange -> {
          exchange.getResponseHeaders().set("Retry-After", "120");
          send(exchange, 429, "text/plain", "slow down");
        });

    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/busy")));

    assertThat(outcome).isEqualTo(new HttpError(server.url("/busy"), 429, Duration.ofSeconds(120)));
    assertThat(outcome.retryable()).isTrue();
  }

  @Test
  void shouldReportNotFoundAsNonRetryableHttpError() {
    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(server.url("/missing")));

    assertThat(outcome).isEqualTo(new HttpError(server.url("/missing"), 404, null));
    assertThat(outcome.retryable()).isFalse();
  }

  @Test
  void shouldReportRefusedConnectionAsRetryableFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    FetchOutcome outcome =
        fetcher.fetch(FetchRequest.of(URI.create("http://127.0.0.1:" + closedPort + "/")));

    assertThat(outcome)
        .isInstanceOfSatisfying(Failed.class, f -> assertThat(f.retryable()).isTrue());
  }

  @Test
  void shouldDetectWrongContentTypeOfPage() {
    server.on("/report", text(200, "application/pdf", PAGE));

    Fetched fetched = (Fetched) fetcher.fetch(FetchRequest.of(server.url("/report")));

    assertThat(HttpFetcher.isHtml(fetched.contentType())).isFalse();
  }

  @Test
  void shouldFailOnUnsupportedContentEncoding() {
    server.on("/zstd", encoded("zstd", new byte[] {1, 2, 3}));

    assertThat(fetcher.fetch(FetchRequest.of(server.url("/zstd"))))
        .isInstanceOfSatisfying(
            Failed.class, f -> assertThat(f.reason()).contains("unsupported content-encoding"));
  }

  @Test
  void shouldFailOnBodyThatDoesNotDecode() {
    server.on("/notgzip", encoded("gzip", PAGE.getBytes(StandardCharsets.UTF_8)));

    assertThat(fetcher.fetch(FetchRequest.of(server.url("/notgzip")))).isInstanceOf(Failed.class);
  }

  @Test
  void shouldFailOnUrlsWithoutUsableHost() {
    assertThat(fetcher.fetch(FetchRequest.of("http://under_score.example/a")))
        .isInstanceOf(Failed.class);
    assertThat(fetcher.fetch(FetchRequest.of("/relative/path"))).isInstanceOf(Failed.class);
  }

  @Test
  void shouldFollowRedirectWithUnencodedSpace() {
    server.on("/moved", redirect(301, "/new page")).on("/new%20page", html(PAGE));

    assertThat(fetcher.fetch(FetchRequest.of(server.url("/moved")))).isInstanceOf(Fetched.class);
  }

  private static FixtureServer.Handler encoded(String encoding, byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().set("Content-Encoding", encoding);
      send(exchange, 200, "text/html; charset=utf-8", body);
    };
  }

  private static OutputStream fastGzip(OutputStream out) throws IOException {
    return new GZIPOutputStream(out, 64 * 1024) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  private static byte[] deflate(String text, boolean raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  static byte[] resource(String name) throws IOException {
    try (var in = HttpFetcherTest.class.getResourceAsStream("/crawl/" + name)) {
      assertThat(in).as("test resource crawl/" + name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String bodyOf(FetchOutcome outcome) {
    assertThat(outcome).isInstanceOf(Fetched.class);
    return new String(((Fetched) outcome).body(), StandardCharsets.UTF_8);
  }

  private static void pause(long millis) throws IOException {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("fixture interrupted", e);
    }
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("fixture interrupted", e);
    }
  }
}
