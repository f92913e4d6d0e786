package io.newsflow.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A static site on a loopback address (never any other), for benchmarks and demos. */
public final class LoopbackSite implements AutoCloseable {

  static {
    // The JDK server writes headers and body separately; with Nagle's algorithm on, each response
    // waits for a delayed ACK (~40 ms). Read once, when the JDK server classes load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private record Page(String contentType, byte[] body) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  public LoopbackSite(String loopbackAddress) throws IOException {
    InetAddress address = InetAddress.getByName(loopbackAddress);
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("loopback addresses only: " + loopbackAddress);
    }
    server = HttpServer.create(new InetSocketAddress(address, 0), 256);
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          Page page = pages.get(exchange.getRequestURI().getPath());
          try (exchange) {
            if (page == null) {
              exchange.sendResponseHeaders(404, -1);
              return;
            }
            exchange.getResponseHeaders().set("Content-Type", page.contentType());
            exchange.sendResponseHeaders(200, page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(page.body());
            }
          }
        });
    server.start();
  }

  public LoopbackSite put(String path, String contentType, byte[] body) {
    pages.put(path, new Page(contentType, body));
    return this;
  }

  /** The absolute URL of {@code path} on this site. */
  public String url(String path) {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort()
        + path;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
