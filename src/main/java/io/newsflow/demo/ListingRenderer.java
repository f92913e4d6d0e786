package io.newsflow.demo;

import static io.newsflow.demo.Markup.esc;
import static io.newsflow.demo.Markup.xml;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders a site's pages that are not articles: the section page listing its articles and the RSS
 * 2.0 feed. Stateless apart from the corpus it reads; thread-safe.
 */
final class ListingRenderer {

  private final DemoCorpus corpus;

  ListingRenderer(DemoCorpus corpus) {
    this.corpus = corpus;
  }

  /** The section front: teasers linking to every article, newest first; no article element. */
  String sectionPage(DemoOutlet outlet) {
    List<DemoStory> stories = corpus.storiesOf(outlet);
    var out = new StringBuilder(16_384);
    String extra =
        "<link rel=\"canonical\" href=\"%s\">\n<meta property=\"og:type\" content=\"website\">\n"
            .formatted(esc(outlet.sectionPageUrl()));
    Markup.head(out, outlet, outlet.language(), "Latest news", extra);
    Markup.masthead(out, outlet);
    out.append("<main class=\"section-front\">\n<h1>Latest news</h1>\n<ul class=\"teasers\">\n");
    for (DemoStory story : stories) {
      String first = story.paragraphs().get(0);
      out.append("<li class=\"teaser\">\n<h2><a href=\"")
          .append(esc(corpus.urlOf(story)))
          .append("\">")
          .append(esc(story.title()))
          .append("</a></h2>\n")
          .append(Markup.date(outlet, "published", story.publishedAt()))
          .append('\n')
          .append("<p class=\"standfirst\">")
          .append(esc(first.length() > 120 ? first.substring(0, 120) + "…" : first))
          .append("</p>\n</li>\n");
    }
    out.append("</ul>\n<nav class=\"pagination\"><a href=\"/news/?page=2\">Older stories</a>")
        .append("</nav>\n</main>\n");
    Markup.footer(out, outlet);
    return out.toString();
  }

  /** The RSS 2.0 feed of every article on the site, newest first. */
  String feed(DemoOutlet outlet) {
    List<DemoStory> stories = corpus.storiesOf(outlet);
    var out = new StringBuilder(8_192);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
        .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n<title>")
        .append(xml(outlet.name()))
        .append("</title>\n<link>")
        .append(xml(outlet.baseUrl()))
        .append("</link>\n<description>")
        .append(xml(outlet.tagline()))
        .append("</description>\n<language>")
        .append(xml(outlet.language()))
        .append("</language>\n");
    if (!stories.isEmpty()) {
      out.append("<lastBuildDate>")
          .append(rfc1123(stories.get(0).lastModified()))
          .append("</lastBuildDate>\n");
    }
    for (DemoStory story : stories) {
      String url = corpus.urlOf(story);
      out.append("<item>\n<title>")
          .append(xml(story.title()))
          .append("</title>\n<link>")
          .append(xml(url))
          .append("</link>\n<guid isPermaLink=\"true\">")
          .append(xml(url))
          .append("</guid>\n<pubDate>")
          .append(rfc1123(story.publishedAt()))
          .append("</pubDate>\n<category>")
          .append(xml(story.section()))
          .append("</category>\n");
      for (String author : story.authors()) {
        out.append("<dc:creator>").append(xml(author)).append("</dc:creator>\n");
      }
      out.append("<description>")
          .append(xml(story.paragraphs().get(0)))
          .append("</description>\n</item>\n");
    }
    out.append("</channel>\n</rss>\n");
    return out.toString();
  }

  private static String rfc1123(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}
