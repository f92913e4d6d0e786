package io.newsflow.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Tells a listing page (a section front, an archive, search results) from an article by what the
 * content extractor chose: a listing is a run of headlines, each a link to another page, with a
 * line or two under each. Stateless and thread-safe.
 */
final class ListingDetector {

  /** Fewer linked headlines than this never make a listing. */
  static final int MIN_LINKED_HEADLINES = 3;

  /** Headlines shorter than this are labels ("More", "Video"), not teasers. */
  private static final int MIN_HEADLINE_CHARS = 15;

  private ListingDetector() {}

  /** More text than this before the first linked headline is an article's body. */
  static final int MAX_CHARS_BEFORE = 200;

  /**
   * The number of headlines in {@code parts} whose text is mostly a link elsewhere, counted only
   * when the content opens with them (at most {@link #MAX_CHARS_BEFORE} characters of text come
   * first): an article that ends with linked "related" headlines counts 0.
   */
  static int linkedHeadlines(List<Element> parts) {
    int count = 0;
    int charsBefore = 0;
    for (Element part : parts) {
      for (Element element : part.select("h1, h2, h3, h4, h5, h6, p, li, td, blockquote")) {
        if (element.is("h2, h3, h4") && isLinkedHeadline(element)) {
          count++;
        } else if (count == 0) {
          charsBefore += element.ownText().length();
        }
      }
    }
    return charsBefore > MAX_CHARS_BEFORE ? 0 : count;
  }

  /** True when the linked headlines are many and make up a large share of the paragraphs. */
  static boolean isListing(int linkedHeadlines, int paragraphs) {
    return linkedHeadlines >= MIN_LINKED_HEADLINES && linkedHeadlines * 4 >= paragraphs;
  }

  private static boolean isLinkedHeadline(Element heading) {
    int length = heading.text().length();
    if (length < MIN_HEADLINE_CHARS) {
      return false;
    }
    int linked = 0;
    for (Element link : heading.select("a[href]")) {
      if (!link.attr("href").startsWith("#")) {
        linked += link.text().length();
      }
    }
    return linked * 10 >= length * 8;
  }
}
