package io.newsflow.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what can never be body text before scoring: scripts, media, forms controls, hidden
 * elements, navigation landmarks, and blocks whose class or id marks them as boilerplate. One
 * iterative pass; stateless and thread-safe.
 */
final class ContentCleaner {

  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "iframe",
          "svg",
          "math",
          "template",
          "object",
          "embed",
          "canvas",
          "link",
          "meta",
          "input",
          "select",
          "textarea",
          "button",
          "option",
          "nav",
          "aside",
          "footer",
          "dialog",
          "video",
          "audio",
          "map",
          "head",
          "title",
          "figcaption");
  private static final Set<String> DROP_ROLES =
      Set.of(
          "menu",
          "menubar",
          "complementary",
          "navigation",
          "alert",
          "alertdialog",
          "dialog",
          "banner",
          "contentinfo",
          "search");
  private static final Set<String> KEEP_TAGS = Set.of("html", "body", "a", "main");
  private static final int MAX_BYLINE_CHARS = 150;

  /** Characters of plain (non-link) text that make a block with a layout name worth keeping. */
  private static final int TEXT_RICH_CHARS = 2000;

  private static final int LEAD_CHARS = 80;

  /**
   * Nodes that the subtree measurements of one clean may visit in all. Nested blocks with
   * boilerplate names would otherwise be measured again at every level (quadratic on a page nested
   * thousands deep); past the budget such blocks count as short.
   */
  private static final int SCAN_BUDGET = 2_000_000;

  private static final Set<String> SKIP_TEXT = Set.of("script", "style", "noscript", "template");

  private final BoilerplateRules rules;

  ContentCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /**
   * Cleans the subtree in place.
   *
   * @param stripUnlikely whether blocks with boilerplate class or id names are removed too
   */
  void clean(Element root, boolean stripUnlikely) {
    int[] budget = {SCAN_BUDGET};
    int half =
        stripUnlikely
            ? textLength(root, Integer.MAX_VALUE, false, new int[] {Integer.MAX_VALUE}) / 2
            : 0;
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Comment
                || node instanceof DataNode
                || node instanceof DocumentType
                || node instanceof XmlDeclaration) {
              return FilterResult.REMOVE;
            }
            if (!(node instanceof Element e) || node == root) {
              return FilterResult.CONTINUE;
            }
            return shouldDrop(e, stripUnlikely, half, budget)
                ? FilterResult.REMOVE
                : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  private boolean shouldDrop(Element e, boolean stripUnlikely, int half, int[] budget) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      // with gentle cleaning, noscript stays: some pages carry their whole text in it
      return stripUnlikely || !tag.equals("noscript");
    }
    if (KEEP_TAGS.contains(tag)) {
      return false;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty() && isHiddenStyle(style)) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && DROP_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String sig = BoilerplateRules.signature(e.className(), isSlug(e.id()) ? "" : e.id());
    if (!stripUnlikely || sig.isEmpty() || tag.equals("article")) {
      return false;
    }
    if (!hasAncestor(e, "table", "code", "pre")) {
      if (rules.isUnlikely(sig)) {
        // a block holding half the page's text is the page, whatever its name says
        return textLength(e, half, false, budget) < half;
      }
      if (rules.isUnlikelyLayout(sig)) {
        // layout names mislead more often: a block with much plain text stays too, and so does
        // an article header that holds a lead paragraph
        int limit = Math.min(half, TEXT_RICH_CHARS);
        if (sig.contains("header") && !sig.contains("footer") && hasProse(e, budget)) {
          return false;
        }
        return textLength(e, limit, true, budget) < limit;
      }
    }
    return rules.isByline(sig)
        && textLength(e, MAX_BYLINE_CHARS + 1, false, budget) <= MAX_BYLINE_CHARS;
  }

  /**
   * True for an id made from a heading ("sharing-with-a-single-developer"): four or more words
   * joined by hyphens say what the section is about, not what kind of block it is.
   */
  private static boolean isSlug(String id) {
    int hyphens = 0;
    for (int i = 0; i < id.length(); i++) {
      if (id.charAt(i) == '-') {
        hyphens++;
      }
    }
    return hyphens >= 3;
  }

  private static boolean isHiddenStyle(String style) {
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static boolean hasAncestor(Element e, String... tags) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 6; i++, p = p.parent()) {
      String name = p.normalName();
      for (String tag : tags) {
        if (tag.equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a paragraph of prose ({@value #LEAD_CHARS}+ characters) sits under the element. */
  private static boolean hasProse(Element e, int[] budget) {
    boolean[] found = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (--budget[0] <= 0) {
              return FilterResult.STOP;
            }
            if (node instanceof Element child && child.normalName().equals("p")) {
              if (child.text().length() >= LEAD_CHARS) {
                found[0] = true;
                return FilterResult.STOP;
              }
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return found[0];
  }

  /**
   * Characters of text under the element, counted up to {@code limit} (then it stops); without the
   * text of links when {@code plainOnly}.
   */
  private static int textLength(Element e, int limit, boolean plainOnly, int[] budget) {
    int[] count = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (--budget[0] <= 0) {
              count[0] = 0; // out of budget: treat the block as short
              return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
              count[0] += t.getWholeText().length();
              if (count[0] >= limit) {
                return FilterResult.STOP;
              }
            } else if (node instanceof Element child
                && (SKIP_TEXT.contains(child.normalName())
                    || (plainOnly && child.normalName().equals("a")))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return count[0];
  }
}
