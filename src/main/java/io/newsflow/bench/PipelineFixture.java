package io.newsflow.bench;

import io.newsflow.article.ArticleIds;
import io.newsflow.article.UrlCanonicalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Entities;

/**
 * The loopback news sites of {@code bench pipeline}: {@code articles} article pages spread over
 * {@code hosts} loopback addresses (127.0.0.2 on), one RSS feed per host, and planted duplicate
 * groups among the pages (one group per 25 pages: an original plus one or two copies, exact,
 * restyled or near, on other URLs). The feeds list only the pages released so far, so the bench
 * decides when work appears. Thread-safe; close to stop serving.
 */
final class PipelineFixture implements AutoCloseable {

  /** Pages per planted group. */
  static final int GROUP_EVERY = 25;

  private static final FixtureTruth.Kind[] COPY_KINDS = {
    FixtureTruth.Kind.EXACT, FixtureTruth.Kind.RESTYLED, FixtureTruth.Kind.NEAR
  };

  private final List<LoopbackSite> sites = new ArrayList<>();
  private final List<String> urls = new ArrayList<>();
  private final FixtureTruth truth;
  private int released;

  private record Slot(long story, FixtureTruth.Kind kind, int group) {}

  PipelineFixture(int articles, int hosts) throws IOException {
    if (articles < 2 || hosts < 1 || hosts > 8) {
      throw new IllegalArgumentException("need 2 articles or more and 1 to 8 hosts");
    }
    try {
      for (int h = 0; h < hosts; h++) {
        sites.add(new LoopbackSite("127.0.0." + (h + 2)));
      }
      FixtureTruth.Builder builder = new FixtureTruth.Builder();
      List<Slot> slots = plan(articles, builder);
      for (int position = 0; position < slots.size(); position++) {
        Slot slot = slots.get(position);
        int host = position % hosts;
        String path = "/news/" + position + ".html";
        String url = sites.get(host).url(path);
        String id = ArticleIds.idFor(UrlCanonicalizer.canonicalize(url).orElseThrow());
        builder.add(
            new FixtureTruth.Page(id, url, slot.kind(), slot.group() < 0 ? null : slot.group()));
        sites.get(host).put(path, "text/html; charset=utf-8", page(slot, url, host));
        urls.add(url);
      }
      truth = builder.build();
      release(0);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Singles and planted groups, shuffled (deterministically) so copies land on other hosts. */
  private static List<Slot> plan(int articles, FixtureTruth.Builder builder) {
    List<Slot> slots = new ArrayList<>();
    long story = 1;
    int groups = articles / GROUP_EVERY;
    for (int g = 0; g < groups; g++) {
      int group = builder.newGroup();
      slots.add(new Slot(story, FixtureTruth.Kind.ORIGINAL, group));
      for (int c = 0; c < 1 + g % 2; c++) {
        slots.add(new Slot(story, COPY_KINDS[(g + c) % COPY_KINDS.length], group));
      }
      story++;
    }
    while (slots.size() < articles) {
      slots.add(new Slot(story++, FixtureTruth.Kind.SINGLE, -1));
    }
    Collections.shuffle(slots, new Random(42));
    return slots;
  }

  FixtureTruth truth() {
    return truth;
  }

  /** The feed URLs, one per host. */
  List<String> feeds() {
    return sites.stream().map(site -> site.url("/feed.xml")).toList();
  }

  /** Lists the first {@code fraction} of the pages in the feeds (never fewer than before). */
  synchronized void release(double fraction) {
    int count = (int) Math.ceil(Math.max(0, Math.min(1, fraction)) * urls.size());
    released = Math.max(released, count);
    for (int host = 0; host < sites.size(); host++) {
      StringBuilder items = new StringBuilder();
      for (int position = host; position < released; position += sites.size()) {
        items
            .append("<item><title>Article ")
            .append(position)
            .append("</title><link>")
            .append(Entities.escape(urls.get(position)))
            .append("</link></item>\n");
      }
      String feed =
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>"
              + siteName(host)
              + "</title><link>"
              + Entities.escape(sites.get(host).url("/"))
              + "</link>"
              + items
              + "</channel></rss>";
      sites
          .get(host)
          .put("/feed.xml", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));
    }
  }

  synchronized int released() {
    return released;
  }

  private static byte[] page(Slot slot, String url, int host) {
    List<String> paragraphs = FixtureText.story(slot.story());
    String title = FixtureText.title(slot.story());
    switch (slot.kind()) {
      case RESTYLED -> paragraphs = FixtureText.restyled(paragraphs);
      case NEAR -> paragraphs = FixtureText.edited(paragraphs, "the Loopback Wire agency");
      default -> {}
    }
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      body.append("<p>").append(Entities.escape(paragraph)).append("</p>\n");
    }
    String site = siteName(host);
    String html =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + Entities.escape(title)
            + " | "
            + site
            + "</title><link rel=\"canonical\" href=\""
            + Entities.escape(url)
            + "\"><meta property=\"og:site_name\" content=\""
            + site
            + "\"></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a>"
            + " <a href=\"/sport/\">Sport</a></nav></header><main><article><h1>"
            + Entities.escape(title)
            + "</h1><div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Post</a></div>\n"
            + body
            + "</article><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/news/\">"
            + "More news</a></li></ul></aside></main><footer>Copyright "
            + site
            + ". All rights reserved.</footer></body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static String siteName(int host) {
    return "Loopback Courier " + (host + 1);
  }

  @Override
  public void close() {
    sites.forEach(LoopbackSite::close);
  }
}
