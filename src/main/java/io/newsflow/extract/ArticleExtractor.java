package io.newsflow.extract;

import io.newsflow.article.Article.Dateline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the article of an HTML page: body text and metadata. Thread-safe; one instance serves
 * every page.
 *
 * <p>{@link #extract} never throws: a page without an article is {@link
 * ExtractionOutcome.NotAnArticle}, a page that breaks the extractor is {@link
 * ExtractionOutcome.Failed}. Work is bounded: at most {@link ExtractionConfig#maxInputBytes()}
 * bytes of a page are decoded and parsed, and every pass over the document is iterative and linear
 * in its size, whatever its depth.
 */
public final class ArticleExtractor {

  /** Identifies this extractor in the articles it produces. */
  public static final String VERSION = "newsflow-extract/1";

  private static final String PLACEHOLDER_URL = "http://localhost/";
  private static final int STRIP_UNLIKELY = 1;
  private static final int CLEAN_CONDITIONALLY = 2;

  /**
   * Flags of successive attempts: a short result is retried with less aggressive cleaning, and a
   * retry wins only when it finds more than twice as much text.
   */
  private static final int[] ATTEMPTS = {
    STRIP_UNLIKELY | CLEAN_CONDITIONALLY, CLEAN_CONDITIONALLY, 0
  };

  /** A body shorter than this (in characters) is retried with less aggressive cleaning. */
  private static final int RETRY_BELOW_CHARS = 500;

  private final ExtractionConfig config;
  private final BoilerplateRules rules;
  private final ContentCleaner cleaner;
  private final ContentExtractor content;
  private final MetadataExtractor metadata;
  private final ParagraphFilter filter;

  public ArticleExtractor(ExtractionConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.rules = BoilerplateRules.defaults();
    this.cleaner = new ContentCleaner(rules);
    this.content = new ContentExtractor(rules);
    this.metadata = new MetadataExtractor(rules);
    this.filter = new ParagraphFilter(rules);
  }

  /** An extractor with default settings and no site rules. */
  public ArticleExtractor() {
    this(ExtractionConfig.defaults());
  }

  /**
   * Extracts one page.
   *
   * @param html the page's bytes as fetched
   * @param url the page's URL; null when unknown (a placeholder is used)
   * @param headers the HTTP response headers (any case); may be empty
   * @param fetchedAt when the page was fetched; no date after it is believed
   */
  public ExtractionOutcome extract(
      byte @Nullable [] html,
      @Nullable String url,
      @Nullable Map<String, List<String>> headers,
      @Nullable Instant fetchedAt) {
    try {
      return extractOrThrow(
          html == null ? new byte[0] : html,
          url == null || url.isBlank() ? PLACEHOLDER_URL : url.strip(),
          headers == null ? Map.of() : headers,
          fetchedAt == null ? Instant.now() : fetchedAt);
    } catch (RuntimeException | StackOverflowError e) {
      return new ExtractionOutcome.Failed(
          e.getClass().getSimpleName() + ": " + Objects.requireNonNullElse(e.getMessage(), ""));
    }
  }

  private ExtractionOutcome extractOrThrow(
      byte[] html, String url, Map<String, List<String>> headers, Instant fetchedAt) {
    if (html.length == 0) {
      return new ExtractionOutcome.NotAnArticle("empty page");
    }
    int length = Math.min(html.length, config.maxInputBytes());
    if (PageDecoder.looksBinary(html, length)) {
      return new ExtractionOutcome.NotAnArticle("not HTML: binary content");
    }
    String source = PageDecoder.decode(html, length, header(headers, "content-type")).text();
    Document doc = Parser.htmlParser().parseInput(source, url);
    MetadataExtractor.PageMetadata meta = metadata.extract(doc, url, fetchedAt);

    SiteRules.Rule rule = config.siteRules().forUrl(url);
    List<String> paragraphs = List.of();
    int linkedHeadlines = 0;
    int best = -1;
    for (int attempt = 0; attempt < ATTEMPTS.length; attempt++) {
      Document page = attempt == 0 ? doc : Parser.htmlParser().parseInput(source, url);
      Body found = body(page, rule, meta, ATTEMPTS[attempt]);
      int foundLength = length(found.paragraphs());
      if (best < 0 || foundLength > 2 * best) {
        paragraphs = found.paragraphs();
        linkedHeadlines = found.linkedHeadlines();
        best = foundLength;
      }
      if (best >= RETRY_BELOW_CHARS || (rule != null && !rule.body().isEmpty())) {
        break;
      }
    }
    if (meta.articleBody() == null
        && ListingDetector.isListing(linkedHeadlines, paragraphs.size())) {
      return new ExtractionOutcome.NotAnArticle(
          "a listing: " + linkedHeadlines + " headlines linking to other pages");
    }
    paragraphs = preferArticleBody(paragraphs, meta.articleBody());

    Dateline dateline = null;
    if (!paragraphs.isEmpty()) {
      DatelineParser.Parsed parsed = DatelineParser.parse(paragraphs.get(0));
      if (parsed != null) {
        dateline = parsed.dateline();
        paragraphs = new ArrayList<>(paragraphs);
        paragraphs.set(0, parsed.rest());
      }
    }
    String text = String.join("\n\n", paragraphs);
    if (text.length() < config.minTextChars()) {
      return new ExtractionOutcome.NotAnArticle(
          text.isEmpty()
              ? "no main content found"
              : "too little text: " + text.length() + " characters");
    }
    String language = normalizeLanguage(meta.declaredLanguage());
    if (language == null) {
      language = normalizeLanguage(header(headers, "content-language"));
    }
    if (language == null) {
      language = LanguageGuesser.guess(text);
    }
    return new ExtractionOutcome.Extracted(
        new ExtractedPage(
            url,
            meta.canonicalUrl(),
            fetchedAt,
            meta.title(),
            meta.authors(),
            meta.publishedAt(),
            meta.modifiedAt(),
            language,
            meta.siteName(),
            meta.section(),
            meta.description(),
            meta.imageUrl(),
            meta.keywords(),
            meta.paywalled(),
            dateline,
            text));
  }

  /** What one extraction attempt found: the paragraphs, and how many headlines link elsewhere. */
  private record Body(List<String> paragraphs, int linkedHeadlines) {}

  private Body body(
      Document doc, SiteRules.@Nullable Rule rule, MetadataExtractor.PageMetadata meta, int flags) {
    Element body = doc.body();
    if (rule != null) {
      rule.drop().forEach(selector -> body.select(selector).remove());
    }
    cleaner.clean(body, (flags & STRIP_UNLIKELY) != 0);
    List<Element> parts = pinned(body, rule);
    if (parts.isEmpty()) {
      parts = content.extract(body, (flags & CLEAN_CONDITIONALLY) != 0);
    }
    return new Body(
        filter.filter(ParagraphWriter.write(parts), meta.title()),
        ListingDetector.linkedHeadlines(parts));
  }

  private static int length(List<String> paragraphs) {
    int n = 0;
    for (String p : paragraphs) {
      n += p.length();
    }
    return n;
  }

  private static List<Element> pinned(Element body, SiteRules.@Nullable Rule rule) {
    if (rule == null) {
      return List.of();
    }
    for (var selector : rule.body()) {
      var found = body.select(selector);
      if (!found.isEmpty()) {
        return new ArrayList<>(found);
      }
    }
    return List.of();
  }

  /**
   * The schema.org {@code articleBody}, split into paragraphs, when the page declares one that is
   * more than twice as long as what the DOM yielded.
   */
  private static List<String> preferArticleBody(
      List<String> paragraphs, @Nullable String articleBody) {
    if (articleBody == null) {
      return paragraphs;
    }
    int extracted = length(paragraphs);
    if (articleBody.length() <= 2 * extracted + 200) {
      return paragraphs;
    }
    List<String> out = new ArrayList<>();
    for (String line : articleBody.split("\\s*\\n\\s*")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static @Nullable String header(Map<String, List<String>> headers, String name) {
    for (var entry : headers.entrySet()) {
      if (entry.getKey() != null
          && entry.getKey().equalsIgnoreCase(name)
          && entry.getValue() != null
          && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** "en-US", "en_US" and "EN" become "en"; values that are not language tags become null. */
  static @Nullable String normalizeLanguage(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
      cut++;
    }
    String primary = t.substring(0, cut);
    return primary.length() >= 2 && primary.length() <= 3 ? primary : null;
  }
}
