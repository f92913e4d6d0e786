package io.newsflow.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The metadata-bearing parts of a page, gathered in one iterative pass over the parsed document:
 * meta tags, links, JSON-LD blocks, {@code <time>} elements, microdata, bylines and paywall
 * markers. Not thread-safe; one instance per page.
 */
final class PageSignals {

  private static final int MAX_ITEMS = 20;
  private static final int MAX_TEXT = 300;
  private static final int MAX_CHECKS = 10;

  /** meta name / property / itemprop / http-equiv (lower case) to content values, in order. */
  final Map<String, List<String>> metas = new HashMap<>();

  final List<String> jsonLd = new ArrayList<>();
  final List<String> times = new ArrayList<>();
  final List<String> microdataPublished = new ArrayList<>();
  final List<String> microdataModified = new ArrayList<>();
  final List<String> microdataAuthors = new ArrayList<>();
  final List<String> relAuthors = new ArrayList<>();
  final List<String> bylines = new ArrayList<>();
  final List<String> h1 = new ArrayList<>();
  @Nullable String title;

  /** Subtree reads of author and byline elements so far (bounded: they may nest deeply). */
  private int authorChecks;

  private int bylineChecks;

  private int headingChecks;
  @Nullable String canonical;
  @Nullable String htmlLang;
  boolean paywallMarker;

  private PageSignals() {}

  static PageSignals collect(Document doc, BoilerplateRules rules) {
    PageSignals signals = new PageSignals();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              signals.visit(e, rules);
            }
          }
        },
        doc);
    return signals;
  }

  @Nullable String meta(String key) {
    List<String> values = metas.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  List<String> metaAll(String key) {
    return metas.getOrDefault(key, List.of());
  }

  private void visit(Element e, BoilerplateRules rules) {
    String tag = e.normalName();
    switch (tag) {
      case "html" -> htmlLang = blankToNull(e.attr("lang"));
      case "title" -> {
        if (title == null) {
          title = blankToNull(e.text());
        }
      }
      case "meta" -> visitMeta(e);
      case "link" -> {
        String rel = e.attr("rel").toLowerCase(Locale.ROOT);
        if (rel.equals("canonical") && canonical == null) {
          canonical = blankToNull(e.attr("href"));
        }
      }
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json") && jsonLd.size() < 10) {
          StringBuilder sb = new StringBuilder();
          for (Node child : e.childNodes()) {
            if (child instanceof DataNode data) {
              sb.append(data.getWholeData());
            }
          }
          jsonLd.add(sb.toString());
        }
        return;
      }
      case "time" -> {
        String datetime = e.attr("datetime");
        if (!datetime.isBlank() && times.size() < MAX_ITEMS) {
          if (e.hasAttr("pubdate")) {
            times.add(0, datetime);
          } else {
            times.add(datetime);
          }
        }
      }
      case "h1" -> {
        if (h1.size() < 3 && headingChecks++ < MAX_CHECKS) {
          add(h1, e.text());
        }
      }
      case "a" -> {
        if (e.attr("rel").toLowerCase(Locale.ROOT).contains("author")
            && relAuthors.size() < MAX_ITEMS) {
          add(relAuthors, e.text());
        }
      }
      default -> {}
    }
    if (e.attributesSize() == 0) {
      return;
    }
    String itemprop = e.attr("itemprop");
    if (!itemprop.isEmpty() && !tag.equals("meta")) {
      switch (itemprop) {
        case "datePublished" -> add(microdataPublished, dateValue(e));
        case "dateModified" -> add(microdataModified, dateValue(e));
        case "author", "creator" -> {
          if (authorChecks++ < MAX_CHECKS) {
            Element name = e.selectFirst("[itemprop=name]");
            add(microdataAuthors, name != null ? name.text() : e.text());
          }
        }
        default -> {}
      }
    }
    String sig = BoilerplateRules.signature(e.className(), e.id());
    if (!sig.isEmpty()) {
      if (!paywallMarker && sig.contains("paywall")) {
        paywallMarker = true;
      }
      if (bylines.size() < 3
          && rules.isByline(sig)
          && !tag.equals("body")
          && bylineChecks++ < MAX_CHECKS) {
        String text = e.text();
        if (text.length() <= MAX_TEXT) {
          add(bylines, text);
        }
      }
    }
  }

  private void visitMeta(Element e) {
    String content = e.attr("content");
    if (content.isBlank()) {
      String charset = e.attr("charset");
      if (charset.isBlank()) {
        return;
      }
      content = charset;
    }
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      String key = e.attr(attr);
      if (!key.isEmpty()) {
        List<String> values =
            metas.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (values.size() < MAX_ITEMS) {
          values.add(content.strip());
        }
      }
    }
  }

  private static String dateValue(Element e) {
    for (String attr : new String[] {"datetime", "content", "value"}) {
      String v = e.attr(attr);
      if (!v.isBlank()) {
        return v;
      }
    }
    return e.text();
  }

  private static void add(List<String> list, @Nullable String value) {
    if (value != null && !value.isBlank() && list.size() < MAX_ITEMS) {
      list.add(value.strip());
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
