package io.newsflow.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cleans the chosen body of blocks that look like boilerplate by their measurements: link lists,
 * forms, image galleries, embeds, tiny empty blocks, short all-link lines, and blocks whose class
 * or id name is negative. A block holding half the body's text, or much plain text, stays.
 * Stateless and thread-safe.
 */
final class ConditionalCleaner {

  /** A block with this much text outside links is kept even when its class name is negative. */
  private static final int RICH_TEXT_CHARS = 1000;

  private final BoilerplateRules rules;

  ConditionalCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** Removes blocks inside the body that look like link lists, forms or galleries. */
  void clean(Element part, BlockStats stats) {
    int partChars = stats.of(part).chars;
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node == part || !(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            boolean remove = stats.of(e).chars * 2 <= partChars && shouldRemove(e, stats);
            return remove ? FilterResult.REMOVE : FilterResult.CONTINUE;
          }
        },
        part);
  }

  private boolean shouldRemove(Element e, BlockStats stats) {
    String tag = e.normalName();
    BlockStats.Stats s = stats.get(e);
    if (s == null) {
      return false;
    }
    String sig = BoilerplateRules.signature(e.className(), e.id());
    int weight = rules.classWeight(sig);
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        return weight < 0 || (s.chars > 0 && s.linkDensity() > 0.33 && tag.equals("h1"));
      }
      case "p", "li" -> {
        // a short line that is all link: a teaser or a tag, not prose
        return s.chars < 100 && s.linkDensity() > 0.8;
      }
      case "form", "fieldset", "table", "ul", "ol", "div", "section", "header", "figure" -> {}
      default -> {
        return false;
      }
    }
    if (tag.equals("table") && s.hasTableHeader) {
      return false;
    }
    boolean textRich = s.chars - s.linkChars > RICH_TEXT_CHARS && s.linkDensity() < 0.2;
    if (weight < 0 && weight + (s.candidate ? s.score : 0) < 0 && !textRich) {
      return true;
    }
    if (s.commas >= 10) {
      return false;
    }
    boolean isList = tag.equals("ul") || tag.equals("ol");
    int paragraphs = s.paragraphs;
    int images = s.images;
    int listItems = s.listItems - 100;
    double density = s.linkDensity();
    int length = s.chars;
    double headingDensity = length == 0 ? 0 : (double) s.headingChars / length;
    boolean inFigure = tag.equals("figure") || hasFigureAncestor(e);
    if (images > 1 && (double) paragraphs / images < 0.5 && !inFigure && length < 500) {
      return true;
    }
    if (!isList && listItems > paragraphs) {
      return true;
    }
    if (s.inputs > paragraphs / 3) {
      return true;
    }
    if (!isList
        && headingDensity < 0.9
        && length < 25
        && (length == 0 || paragraphs == 0)
        && (images == 0 || images > 2)
        && !inFigure
        && s.embeds == 0) {
      return true;
    }
    if (!isList && weight < 25 && density > 0.2) {
      return true;
    }
    if (isList && density > 0.5 && weight <= 0) {
      return true;
    }
    if (weight >= 25 && density > 0.5) {
      return true;
    }
    return (s.embeds == 1 && length < 75) || s.embeds > 1;
  }

  private static boolean hasFigureAncestor(Element e) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 3; i++, p = p.parent()) {
      if (p.normalName().equals("figure")) {
        return true;
      }
    }
    return false;
  }
}
