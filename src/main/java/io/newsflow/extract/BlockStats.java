package io.newsflow.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Text measurements of every element under a root, gathered in one iterative pass so that no
 * scoring step has to call {@code text()} on a subtree. Not thread-safe; one instance per page.
 *
 * <p>Lengths count characters with every run of whitespace counted once.
 */
final class BlockStats {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  /** Measurements of one element, including its descendants. */
  static final class Stats {
    int chars;
    int linkChars;

    /** Characters not inside a block-level descendant. */
    int inlineChars;

    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int embeds;
    int headingChars;
    boolean hasBlockChild;
    boolean hasTableHeader;
    double score;
    boolean candidate;

    double linkDensity() {
      return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  private final List<Element> order = new ArrayList<>();
  private int maxDepth;

  private BlockStats() {}

  /** Measures every element under {@code root}, root included. */
  static BlockStats measure(Element root) {
    BlockStats result = new BlockStats();
    result.run(root);
    return result;
  }

  @Nullable Stats get(Element element) {
    return stats.get(element);
  }

  Stats of(Element element) {
    Stats s = stats.get(element);
    return s == null ? new Stats() : s;
  }

  /** Elements in document order (pre-order). */
  List<Element> elements() {
    return order;
  }

  int maxDepth() {
    return maxDepth;
  }

  static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  private void run(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          int linkDepth;

          @Override
          public void head(Node node, int depth) {
            if (depth > maxDepth) {
              maxDepth = depth;
            }
            if (node instanceof TextNode text) {
              Node parent = text.parentNode();
              if (parent instanceof Element p) {
                Stats s = stats.get(p);
                if (s != null) {
                  addText(s, text.getWholeText(), linkDepth > 0);
                }
              }
            } else if (node instanceof Element e) {
              stats.put(e, new Stats());
              order.add(e);
              if (e.normalName().equals("a")) {
                linkDepth++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
              linkDepth--;
            }
            Stats s = stats.get(e);
            if (e == root || !(e.parentNode() instanceof Element parent)) {
              return;
            }
            Stats p = stats.get(parent);
            if (p == null || s == null) {
              return;
            }
            p.chars += s.chars;
            p.linkChars += s.linkChars;
            p.paragraphs += s.paragraphs;
            p.images += s.images;
            p.listItems += s.listItems;
            p.inputs += s.inputs;
            p.embeds += s.embeds;
            p.headingChars += s.headingChars;
            p.hasTableHeader |= s.hasTableHeader;
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) {
              p.hasBlockChild = true;
            } else {
              p.inlineChars += s.inlineChars;
              p.commas += s.commas;
            }
            switch (tag) {
              case "p" -> p.paragraphs++;
              case "img", "picture" -> p.images++;
              case "li" -> p.listItems++;
              case "input", "select", "textarea", "button" -> p.inputs++;
              case "object", "embed", "iframe", "video", "audio" -> p.embeds++;
              case "h1", "h2", "h3", "h4", "h5", "h6" -> p.headingChars += s.chars;
              case "th", "caption", "thead" -> p.hasTableHeader = true;
              default -> {}
            }
          }
        },
        root);
  }

  private static void addText(Stats s, String text, boolean inLink) {
    int n = 0;
    int commas = 0;
    boolean space = true;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c == '\u00A0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
        if (c == ',' || c == '\uFF0C' || c == '\u060C' || c == '\u3001') {
          commas++;
        }
      }
    }
    s.chars += n;
    s.inlineChars += n;
    s.commas += commas;
    if (inLink) {
      s.linkChars += n;
    }
  }
}
