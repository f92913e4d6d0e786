package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes elements as paragraphs of plain text, the way a reader sees them: every block element
 * (paragraph, heading, list item, table row, ...) starts a new paragraph, {@code <br>} is a line
 * break, table cells are separated by a tab, runs of whitespace collapse to one space except in
 * {@code pre}, and soft hyphens and zero-width spaces are dropped. Words are never glued across
 * elements. Iterative; stateless and thread-safe.
 */
final class ParagraphWriter {

  private static final Set<String> CELL_TAGS = Set.of("td", "th");
  private static final Set<String> SKIP_TAGS = Set.of("img", "picture", "source", "track", "wbr");

  private ParagraphWriter() {}

  static List<String> write(List<Element> roots) {
    List<String> paragraphs = new ArrayList<>();
    for (Element root : roots) {
      write(root, paragraphs);
    }
    return paragraphs;
  }

  private static void write(Element root, List<String> out) {
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          int preDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              append(current, text.getWholeText(), preDepth > 0);
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("pre")) {
                preDepth++;
              }
              if (tag.equals("br")) {
                trimTrailingSpace(current);
                current.append('\n');
              } else if (CELL_TAGS.contains(tag)) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
                  trimTrailingSpace(current);
                  current.append('\t');
                }
              } else if (BlockStats.BLOCK_TAGS.contains(tag)) {
                flush(current, out);
              } else if (SKIP_TAGS.contains(tag)) {
                // no text
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("pre")) {
                preDepth--;
              }
              if (!CELL_TAGS.contains(tag) && BlockStats.BLOCK_TAGS.contains(tag)) {
                flush(current, out);
              }
            }
          }
        },
        root);
    flush(current, out);
  }

  private static void append(StringBuilder sb, String text, boolean pre) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      if (pre) {
        sb.append(c == '\r' ? '\n' : c);
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        int len = sb.length();
        if (len > 0) {
          char last = sb.charAt(len - 1);
          if (last != ' ' && last != '\n' && last != '\t') {
            sb.append(' ');
          }
        }
      } else {
        sb.append(c);
      }
    }
  }

  private static void trimTrailingSpace(StringBuilder sb) {
    int len = sb.length();
    while (len > 0 && sb.charAt(len - 1) == ' ') {
      len--;
    }
    sb.setLength(len);
  }

  private static void flush(StringBuilder sb, List<String> out) {
    if (sb.length() == 0) {
      return;
    }
    String text = sb.toString().strip();
    sb.setLength(0);
    if (!text.isEmpty()) {
      out.add(text);
    }
  }
}
