package io.newsflow.crawl;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a loopback address and a free port, serving handlers registered per exact
 * path (404 otherwise) and recording every request it sees: path, headers, {@link
 * System#nanoTime()} of arrival, and how many requests were in flight at most (from arrival until
 * just before the last byte of the response, see {@link #finishing(HttpExchange)}).
 */
final class FixtureServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Seen(String path, Headers headers, long arrivedNanos) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** Answers one exchange; the server closes it afterwards. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private static final String FINISH = "fixture.finish";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  FixtureServer() throws IOException {
    this("127.0.0.1");
  }

  FixtureServer(String loopbackAddress) throws IOException {
    InetAddress address = InetAddress.getByName(loopbackAddress);
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("fixtures serve on loopback only: " + loopbackAddress);
    }
    server = HttpServer.create(new InetSocketAddress(address, 0), 0);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fixture-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  FixtureServer on(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /** A URL of this server, by its address. */
  URI url(String path) {
    return url(server.getAddress().getAddress().getHostAddress(), path);
  }

  /** A URL of this server by another name that resolves to its address (e.g. localhost). */
  URI url(String host, String path) {
    return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
  }

  List<Seen> requests() {
    return List.copyOf(seen);
  }

  List<Seen> requests(String path) {
    return seen.stream().filter(s -> s.path().equals(path)).toList();
  }

  int maxConcurrentRequests() {
    return maxInFlight.get();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    AtomicBoolean finished = new AtomicBoolean();
    exchange.setAttribute(
        FINISH,
        (Runnable)
            () -> {
              if (finished.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
              }
            });
    try {
      String path = exchange.getRequestURI().getRawPath();
      seen.add(new Seen(path, exchange.getRequestHeaders(), System.nanoTime()));
      Handler handler = routes.get(path);
      if (handler == null) {
        send(exchange, 404, "text/plain", "not found");
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // The client went away (cut off a body, timed out): expected in these tests.
    } finally {
      finishing(exchange);
      exchange.close();
    }
  }

  /**
   * Counts the exchange as no longer in flight. Called just before the last byte of a response is
   * sent, so the client cannot have seen the whole response (and sent its next request) before:
   * server-side in-flight intervals lie within the client's.
   */
  static void finishing(HttpExchange exchange) {
    ((Runnable) exchange.getAttribute(FINISH)).run();
  }

  /** Sends a whole text body. */
  static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (body.length == 0) {
      finishing(exchange);
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body, 0, body.length - 1);
      out.flush();
      finishing(exchange);
      out.write(body, body.length - 1, 1);
    }
  }

  static Handler text(int status, String contentType, String body) {
    return exchange -> send(exchange, status, contentType, body);
  }

  static Handler html(String body) {
    return text(200, "text/html; charset=utf-8", body);
  }

  static Handler redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      finishing(exchange);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
