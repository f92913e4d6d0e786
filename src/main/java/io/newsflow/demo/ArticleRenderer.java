package io.newsflow.demo;

import static io.newsflow.demo.Markup.esc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one story as its site's article page: JSON-LD {@code NewsArticle}, OpenGraph tags, {@code
 * rel=canonical}, masthead, share bar, the {@code <article>} with the site's own boilerplate
 * (bylines with junk, donation appeal, newsletter box, inline links) and "Most read" and "Related"
 * lists. Stateless apart from the corpus it reads; thread-safe.
 */
final class ArticleRenderer {

  private static final int DESCRIPTION_CHARS = 160;
  private static final int MOST_READ = 5;
  private static final int RELATED = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DemoCorpus corpus;

  ArticleRenderer(DemoCorpus corpus) {
    this.corpus = corpus;
  }

  String render(DemoStory story) {
    DemoOutlet outlet = corpus.outletOf(story);
    String url = corpus.urlOf(story);
    var out = new StringBuilder(16_384);
    Markup.head(out, outlet, story.language(), story.title(), meta(outlet, story, url));
    Markup.masthead(out, outlet);
    out.append("<main class=\"content\">\n");
    article(out, outlet, story);
    lists(out, outlet, story);
    out.append("</main>\n");
    Markup.footer(out, outlet);
    return out.toString();
  }

  private String meta(DemoOutlet outlet, DemoStory story, String url) {
    String description = description(story);
    var meta = new StringBuilder();
    meta.append("<link rel=\"canonical\" href=\"").append(esc(url)).append("\">\n");
    meta.append("<meta name=\"description\" content=\"").append(esc(description)).append("\">\n");
    og(meta, "og:type", "article");
    og(meta, "og:site_name", outlet.name());
    og(meta, "og:title", story.title());
    og(meta, "og:description", description);
    og(meta, "og:url", url);
    og(meta, "og:locale", story.language());
    og(meta, "article:published_time", story.publishedAt().toString());
    og(meta, "article:section", story.section());
    meta.append("<script type=\"application/ld+json\">")
        .append(jsonLd(outlet, story, url))
        .append("</script>\n");
    return meta.toString();
  }

  private static void og(StringBuilder meta, String property, String content) {
    meta.append("<meta property=\"")
        .append(property)
        .append("\" content=\"")
        .append(esc(content))
        .append("\">\n");
  }

  /**
   * The JSON-LD object, with {@code <}, {@code >} and {@code &} written as JSON escapes so that no
   * text can end or confuse the script element.
   */
  static String jsonLd(DemoOutlet outlet, DemoStory story, String url) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "NewsArticle");
    ld.put("mainEntityOfPage", url);
    ld.put("headline", story.title());
    ld.put("datePublished", story.publishedAt().toString());
    ld.put("dateModified", story.lastModified().toString());
    ld.put("inLanguage", story.language());
    ld.put("articleSection", story.section());
    ld.put(
        "author",
        story.authors().stream().map(name -> object("@type", "Person", "name", name)).toList());
    ld.put(
        "publisher",
        object("@type", "Organization", "name", outlet.name(), "url", outlet.baseUrl()));
    try {
      return JSON.writeValueAsString(ld)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON-LD of " + story.id(), e);
    }
  }

  /** A JSON object with the keys in the given order (key, value, key, value...). */
  private static Map<String, String> object(String... keysAndValues) {
    Map<String, String> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  private void article(StringBuilder out, DemoOutlet outlet, DemoStory story) {
    String layout = outlet.layout();
    out.append("<article class=\"")
        .append(layout)
        .append("-article\" lang=\"")
        .append(esc(story.language()))
        .append("\">\n<header class=\"article-header\">\n")
        .append("<p class=\"kicker\"><a href=\"/")
        .append(esc(story.section()))
        .append("/\">")
        .append(esc(Markup.capitalize(story.section())))
        .append("</a></p>\n<h1>")
        .append(esc(story.title()))
        .append("</h1>\n");
    if (!story.authors().isEmpty()) {
      out.append("<p class=\"byline\">By ").append(esc(String.join(" and ", story.authors())));
      if (outlet.bylineSuffix() != null) {
        out.append(" <a class=\"author-contact\" href=\"/contact/\">")
            .append(esc(outlet.bylineSuffix()))
            .append("</a>");
      }
      out.append("</p>\n");
    }
    out.append(Markup.date(outlet, "published", story.publishedAt())).append('\n');
    if (story.updatedAt() != null) {
      out.append("<p class=\"update-note\">Updated: ")
          .append(Markup.date(outlet, "updated", story.updatedAt()))
          .append("</p>\n");
    }
    out.append("</header>\n");
    if (!layout.equals("wire")) {
      shareBar(out);
    }
    out.append("<div class=\"article-body\">\n");
    List<String> paragraphs = story.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      out.append("<p>");
      if (i == 0 && story.dateline() != null) {
        out.append("<span class=\"dateline\">").append(esc(story.dateline())).append(" — </span>");
      }
      out.append(esc(paragraphs.get(i))).append("</p>\n");
      if (layout.equals("portal") && i == 1 && paragraphs.size() > 3) {
        inlineLink(out, outlet, story);
      }
    }
    out.append("</div>\n");
    if (layout.equals("wire")) {
      out.append("<p class=\"copyright-note\">© Continental Press. All rights reserved. This ")
          .append("material may not be published, broadcast or redistributed.</p>\n");
      shareBar(out);
    }
    if (outlet.newsletter() != null) {
      out.append("<div class=\"newsletter-box\">\n<h3>Newsletter</h3>\n<p>")
          .append(esc(outlet.newsletter()))
          .append("</p>\n<form action=\"/newsletter\"><input type=\"email\" name=\"email\" ")
          .append("placeholder=\"Your email\"><button>Sign up</button></form>\n</div>\n");
    }
    if (outlet.donationAppeal() != null) {
      out.append("<div class=\"support-appeal\">\n<h3>A Message from ")
          .append(esc(outlet.name()))
          .append(":</h3>\n");
      outlet.donationAppeal().forEach(p -> out.append("<p>").append(esc(p)).append("</p>\n"));
      out.append("<p><a class=\"button\" href=\"/support/\">Support us</a> ")
          .append("<a class=\"remind\" href=\"#\">Remind me later.</a></p>\n</div>\n");
    }
    out.append("</article>\n");
  }

  private void inlineLink(StringBuilder out, DemoOutlet outlet, DemoStory story) {
    corpus.storiesOf(outlet).stream()
        .filter(other -> !other.id().equals(story.id()))
        .filter(other -> other.publishedAt().isBefore(story.publishedAt()))
        .findFirst()
        .ifPresent(
            other ->
                out.append("<aside class=\"inline-related\"><strong>READ MORE:</strong> ")
                    .append("<a href=\"")
                    .append(esc(corpus.urlOf(other)))
                    .append("\">")
                    .append(esc(other.title()))
                    .append("</a></aside>\n"));
  }

  private static void shareBar(StringBuilder out) {
    out.append("<ul class=\"share-bar\"><li><a href=\"#share-email\">Email</a></li>")
        .append("<li><a href=\"#share-social\">Share</a></li>")
        .append("<li><a href=\"#copy-link\">Copy link</a></li>")
        .append("<li><a href=\"#print\">Print</a></li></ul>\n");
  }

  /** "Related" and "Most read": the site's earlier stories, so no page links into its future. */
  private void lists(StringBuilder out, DemoOutlet outlet, DemoStory story) {
    List<DemoStory> earlier =
        corpus.storiesOf(outlet).stream()
            .filter(other -> !other.id().equals(story.id()))
            .filter(other -> !other.publishedAt().isAfter(story.publishedAt()))
            .toList();
    List<DemoStory> related =
        earlier.stream()
            .sorted(Comparator.comparing(other -> !other.section().equals(story.section())))
            .toList();
    list(out, "related", "Related", related.subList(0, Math.min(RELATED, related.size())));
    list(out, "most-read", "Most read", earlier.subList(0, Math.min(MOST_READ, earlier.size())));
  }

  private void list(StringBuilder out, String cssClass, String heading, List<DemoStory> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<aside class=\"")
        .append(cssClass)
        .append("\">\n<h2>")
        .append(heading)
        .append("</h2>\n<ol>\n");
    for (DemoStory item : items) {
      out.append("<li><a href=\"")
          .append(esc(corpus.urlOf(item)))
          .append("\">")
          .append(esc(item.title()))
          .append("</a></li>\n");
    }
    out.append("</ol>\n</aside>\n");
  }

  private static String description(DemoStory story) {
    String first = story.paragraphs().get(0);
    if (first.length() <= DESCRIPTION_CHARS) {
      return first;
    }
    int cut = first.lastIndexOf(' ', DESCRIPTION_CHARS);
    return first.substring(0, cut > 0 ? cut : DESCRIPTION_CHARS) + "…";
  }
}
