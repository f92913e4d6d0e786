package io.newsflow.crawl;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A small fixture news site on a loopback server: an RSS feed and article pages. */
final class NewsSite implements AutoCloseable {

  private static final String[] SUBJECTS = {
    "The harbour authority", "City council members", "Regional farmers", "The transit agency",
    "Hospital staff", "Local teachers", "The museum board", "Fishing crews"
  };
  private static final String[] ACTIONS = {
    "approved a new budget for the coming year", "warned about rising repair costs",
    "met with residents to discuss the plan", "published figures showing a steady increase",
    "asked the ministry for additional funding", "delayed a decision until next month"
  };

  final FixtureServer server;
  final String host;
  final List<URI> articles = new ArrayList<>();

  NewsSite(String loopbackAddress, int articleCount) throws IOException {
    this.server = new FixtureServer(loopbackAddress);
    this.host = loopbackAddress;
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= articleCount; i++) {
      String path = "/news/" + i + ".html";
      URI url = server.url(path);
      articles.add(url);
      String html = article(host + " story " + i, i);
      server.on(
          path, exchange -> FixtureServer.send(exchange, 200, "text/html; charset=utf-8", html));
      items
          .append("<item><title>Story ")
          .append(i)
          .append("</title><link>")
          .append(url)
          .append("</link></item>");
    }
    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>"
            + host
            + "</title>"
            + items
            + "</channel></rss>";
    server.on(
        "/feed.xml", exchange -> FixtureServer.send(exchange, 200, "application/rss+xml", feed));
  }

  URI feed() {
    return server.url("/feed.xml");
  }

  /** An article page whose text differs per site and number. */
  static String article(String title, int n) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      body.append("<p>")
          .append(SUBJECTS[(n + p) % SUBJECTS.length])
          .append(" ")
          .append(ACTIONS[(n * 3 + p) % ACTIONS.length])
          .append(", according to a statement released on day ")
          .append(n * 10 + p)
          .append(" of the inquiry into ")
          .append(title)
          .append(". Officials said more details would follow after further review.</p>");
    }
    return "<!doctype html><html lang=\"en\"><head><title>"
        + title
        + " | Fixture News</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
        + title
        + "</h1>"
        + body
        + "</article><footer>Copyright Fixture News</footer></body></html>";
  }

  @Override
  public void close() {
    server.close();
  }
}
