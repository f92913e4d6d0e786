package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds the elements that hold the article body of a cleaned document: paragraphs are scored from
 * their length and commas, scores flow to their ancestors, weighted by tag and class/id signals and
 * discounted by link density; the best ancestor (or the common ancestor of several strong
 * sections), its worthy siblings and any clean lead-in text before it are the body, which is then
 * cleaned by {@link ConditionalCleaner}. Stateless and thread-safe.
 */
final class ContentExtractor {

  private static final int MIN_PARAGRAPH_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  /**
   * Candidates scoring at least this share of the best one count as alternatives; when {@link
   * #ALT_MIN} of them share an ancestor with it, the article is split into sections and the
   * ancestor is the article.
   */
  private static final double ALT_RATIO = 0.5;

  private static final int ALT_MIN = 3;

  /** A lead-in may add at most this much text to the body's (times the body's length). */
  private static final double LEAD_LIMIT = 2.0;

  /** Lead-in text may have at most this share of link text. */
  private static final double LEAD_LINK_DENSITY = 0.3;

  /** Blocks shorter than this are never lead-ins: datelines, bylines, credits, labels. */
  private static final int LEAD_MIN_CHARS = 80;

  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3");
  private static final java.util.Set<String> TABLE_PARTS =
      java.util.Set.of("table", "tbody", "thead", "tfoot", "tr");

  private final BoilerplateRules rules;
  private final ConditionalCleaner conditional;

  ContentExtractor(BoilerplateRules rules) {
    this.rules = rules;
    this.conditional = new ConditionalCleaner(rules);
  }

  /**
   * The body's elements, in document order; empty when the page has no scorable text.
   *
   * @param clean whether blocks inside the body are cleaned conditionally
   */
  List<Element> extract(Element body, boolean clean) {
    BlockStats stats = BlockStats.measure(body);
    score(stats);
    Element top = pickTop(body, stats);
    if (top == null) {
      return List.of();
    }
    List<Element> parts = new ArrayList<>(leadIn(top, body, stats));
    parts.addAll(withSiblings(top, stats));
    if (clean) {
      for (Element part : parts) {
        conditional.clean(part, stats);
      }
    }
    return parts;
  }

  private void score(BlockStats stats) {
    for (Element e : stats.elements()) {
      BlockStats.Stats s = stats.of(e);
      String tag = e.normalName();
      int length;
      Element first;
      switch (tag) {
        case "p", "pre", "td", "h2", "h3", "h4", "h5", "h6" -> {
          length = s.chars;
          first = e.parent();
        }
        case "div", "section", "article", "main", "blockquote", "font", "center", "span" -> {
          if (!s.hasBlockChild && !tag.equals("span")) {
            length = s.chars;
            first = e.parent();
          } else if (s.hasBlockChild) {
            length = s.inlineChars;
            first = e;
          } else {
            continue;
          }
        }
        default -> {
          continue;
        }
      }
      if (length < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double contentScore = 1 + s.commas + Math.min(length / 100, 3);
      Element ancestor = first;
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
        if (ancestor.parent() == null || ancestor.normalName().equals("body")) {
          break;
        }
        BlockStats.Stats a = stats.get(ancestor);
        if (a == null) {
          break;
        }
        if (!a.candidate) {
          a.candidate = true;
          a.score = initialScore(ancestor);
        }
        a.score += contentScore / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        ancestor = ancestor.parent();
      }
    }
    for (Element e : stats.elements()) {
      BlockStats.Stats s = stats.of(e);
      if (s.candidate) {
        s.score *= 1 - s.linkDensity();
      }
    }
  }

  private double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    score += rules.classWeight(BoilerplateRules.signature(e.className(), e.id()));
    if ("articleBody".equals(e.attr("itemprop"))) {
      score += 25;
    }
    return score;
  }

  private @Nullable Element pickTop(Element body, BlockStats stats) {
    List<Element> best = new ArrayList<>();
    int keep = 5;
    for (Element e : stats.elements()) {
      BlockStats.Stats s = stats.of(e);
      if (!s.candidate) {
        continue;
      }
      int i = best.size();
      while (i > 0 && stats.of(best.get(i - 1)).score < s.score) {
        i--;
      }
      if (i < keep) {
        best.add(i, e);
        if (best.size() > keep) {
          best.remove(keep);
        }
      }
    }
    if (best.isEmpty()) {
      return body.childrenSize() > 0 || !body.text().isBlank() ? body : null;
    }
    Element top = best.get(0);
    double topScore = stats.of(top).score;
    // when several strong candidates share an ancestor, the ancestor is the article
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < best.size(); i++) {
      if (stats.of(best.get(i)).score / topScore >= ALT_RATIO) {
        alternatives.add(best.get(i));
      }
    }
    if (alternatives.size() >= ALT_MIN) {
      Element parent = top.parent();
      while (parent != null && parent != body) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) {
            containing++;
          }
        }
        if (containing >= ALT_MIN) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    if (TABLE_PARTS.contains(top.normalName())) {
      // a row or a row group is never the article: take the table's container if it scores too
      Element container = top.parent();
      while (container != null && TABLE_PARTS.contains(container.normalName())) {
        container = container.parent();
      }
      BlockStats.Stats cs = container == null ? null : stats.get(container);
      if (container != null
          && container != body
          && cs != null
          && cs.candidate
          && cs.score >= topScore / 3) {
        top = container;
      }
    }
    // climb while the parent scores better
    Element parent = top.parent();
    double lastScore = stats.of(top).score;
    double threshold = lastScore / 3;
    while (parent != null && parent != body && parent.parent() != null) {
      BlockStats.Stats ps = stats.get(parent);
      if (ps == null || !ps.candidate || TABLE_PARTS.contains(parent.normalName())) {
        // table scaffolding passes scores through: look past it for the container
        parent = parent.parent();
        continue;
      }
      if (ps.score < threshold) {
        break;
      }
      if (ps.score > lastScore) {
        top = parent;
        break;
      }
      lastScore = ps.score;
      parent = parent.parent();
    }
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  /**
   * The clean text that leads into the top candidate from outside it: a lead, an intro or a summary
   * that sits before the body in an enclosing block. Up to three levels up, the preceding siblings
   * of the branch that holds the body are taken while they add at most a fraction of the body's
   * text and are not link-heavy. What follows the body there (bios, share prompts, related links)
   * is left out.
   */
  private static List<Element> leadIn(Element top, Element body, BlockStats stats) {
    List<Element> lead = new ArrayList<>();
    int topChars = stats.of(top).chars;
    int added = 0;
    int addedLinks = 0;
    Element branch = top;
    Element p = top.parent();
    for (int i = 0; p != null && p != body && i < 3; i++, branch = p, p = p.parent()) {
      List<Element> before = new ArrayList<>();
      int chars = 0;
      int links = 0;
      for (Element sibling : p.children()) {
        if (sibling == branch) {
          break;
        }
        BlockStats.Stats s = stats.of(sibling);
        if (s.chars >= LEAD_MIN_CHARS
            && s.linkDensity() <= LEAD_LINK_DENSITY
            && !HEADINGS.contains(sibling.normalName())) {
          before.add(sibling);
          chars += s.chars;
          links += s.linkChars;
        }
      }
      if (topChars + added + chars > topChars * LEAD_LIMIT
          || (chars > 0 && links > chars * LEAD_LINK_DENSITY)) {
        break;
      }
      added += chars;
      addedLinks += links;
      lead.addAll(0, before);
    }
    return lead;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    Element p = e.parent();
    for (int i = 0; p != null && i < 50; i++, p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private List<Element> withSiblings(Element top, BlockStats stats) {
    Element parent = top.parent();
    if (parent == null || parent.parent() == null) {
      return List.of(top);
    }
    BlockStats.Stats ts = stats.of(top);
    double threshold = Math.max(10, ts.score * 0.2);
    String topClass = top.className();
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      BlockStats.Stats s = stats.of(sibling);
      double bonus =
          !topClass.isEmpty() && topClass.equals(sibling.className()) ? ts.score * 0.2 : 0;
      if (s.candidate && s.score + bonus >= threshold) {
        parts.add(sibling);
      } else if (isParagraphLike(sibling, s)) {
        double density = s.linkDensity();
        if (s.chars > 80 && density < 0.25) {
          parts.add(sibling);
        } else if (s.chars > 0 && s.chars <= 80 && density == 0 && endsSentence(sibling)) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private static boolean isParagraphLike(Element e, BlockStats.Stats s) {
    String tag = e.normalName();
    return tag.equals("p") || (tag.equals("div") && !s.hasBlockChild);
  }

  private static boolean endsSentence(Element e) {
    String text = e.text();
    int dot = text.indexOf('.');
    return dot >= 0 && (dot == text.length() - 1 || text.charAt(dot + 1) == ' ');
  }
}
