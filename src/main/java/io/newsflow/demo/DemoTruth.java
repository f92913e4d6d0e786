package io.newsflow.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ground truth of the demo corpus, one entry per archived page, as written to {@code
 * demo/truth.json}: what each page is, which story it carries, what it duplicates and which event
 * it reports. Later stages (extraction, tagging, deduplication) test against it.
 */
public final class DemoTruth {

  /** The page is a news article. */
  public static final String ARTICLE = "article";

  /** The page is HTML but no article (a section front listing links). */
  public static final String NOT_AN_ARTICLE = "not-an-article";

  /** The page is an RSS feed. */
  public static final String FEED = "feed";

  /**
   * What one page is.
   *
   * @param url the page URL
   * @param kind {@code article}, {@code not-an-article} or {@code feed}
   * @param site the site key
   * @param story the story id, for articles
   * @param title the headline, for articles
   * @param language the language of the text, for articles
   * @param duplicateOf URL of the first-published copy this article duplicates, or null
   * @param dupKind {@code exact} (same words) or {@code near} (edited) when a duplicate
   * @param event the event group: stories with the same event report the same news
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Entry(
      String url,
      String kind,
      String site,
      @Nullable String story,
      @Nullable String title,
      @Nullable String language,
      @Nullable String duplicateOf,
      @Nullable String dupKind,
      @Nullable String event) {}

  private DemoTruth() {}

  /** The entries of every page a crawler archives, in the order of the WARC. */
  public static List<Entry> of(DemoSite site) {
    DemoCorpus corpus = site.corpus();
    List<Entry> entries = new ArrayList<>();
    for (DemoPage page : site.archivedPages()) {
      DemoStory story =
          corpus.stories().stream()
              .filter(candidate -> corpus.urlOf(candidate).equals(page.url()))
              .findFirst()
              .orElse(null);
      String siteKey =
          corpus.outlets().stream()
              .filter(outlet -> page.url().startsWith(outlet.baseUrl()))
              .findFirst()
              .orElseThrow()
              .key();
      if (story == null) {
        String kind = page.contentType().equals(DemoSite.RSS) ? FEED : NOT_AN_ARTICLE;
        entries.add(new Entry(page.url(), kind, siteKey, null, null, null, null, null, null));
      } else {
        String original = story.syndicates();
        entries.add(
            new Entry(
                page.url(),
                ARTICLE,
                siteKey,
                story.id(),
                story.title(),
                story.language(),
                original == null ? null : corpus.urlOf(corpus.story(original)),
                story.dupKind(),
                corpus.eventOf(story)));
      }
    }
    return entries;
  }

  /** The entries as pretty-printed JSON, ending in a newline. */
  public static String json(List<Entry> entries) {
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(entries)
          + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the truth", e);
    }
  }
}
