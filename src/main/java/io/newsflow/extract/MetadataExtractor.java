package io.newsflow.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's metadata from a parsed page. Sources are tried in order of trust: JSON-LD (an
 * article node, {@code @graph} included), then OpenGraph and {@code article:*}, then other meta
 * tags, microdata and {@code <time>}, then the URL. Dates outside [1990, fetch time] are ignored.
 * Stateless and thread-safe.
 */
final class MetadataExtractor {

  /** Metadata of one page; lists are never null. */
  record PageMetadata(
      @Nullable String title,
      List<String> authors,
      @Nullable Instant publishedAt,
      @Nullable Instant modifiedAt,
      @Nullable String declaredLanguage,
      String canonicalUrl,
      @Nullable String siteName,
      @Nullable String section,
      @Nullable String description,
      @Nullable String imageUrl,
      List<String> keywords,
      boolean paywalled,
      @Nullable String articleBody) {}

  private static final List<String> PUBLISHED_METAS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "datepublished",
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "dc.date.issued",
          "dc.date",
          "dcterms.created",
          "dcterms.date",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "citation_publication_date",
          "cxenseparse:recs:publishtime");
  private static final List<String> MODIFIED_METAS =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "og:article:modified_time",
          "datemodified",
          "dcterms.modified",
          "last-modified",
          "article.updated");
  private static final List<String> AUTHOR_METAS =
      List.of(
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "byl",
          "citation_author");
  private static final Set<String> PAYWALL_TIERS = Set.of("locked", "metered", "premium");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»/]\\s+");
  private static final int MAX_KEYWORDS = 30;

  private final BoilerplateRules rules;

  MetadataExtractor(BoilerplateRules rules) {
    this.rules = rules;
  }

  PageMetadata extract(Document doc, String url, Instant fetchedAt) {
    PageSignals s = PageSignals.collect(doc, rules);
    List<JsonNode> others = new ArrayList<>();
    JsonNode ld = JsonLd.findArticle(s.jsonLd, others);

    String siteName = first(s.meta("og:site_name"), publisherName(ld), s.meta("application-name"));
    String title = cleanTitle(s, ld, siteName, hostLabel(url));

    List<String> published = new ArrayList<>();
    addIfPresent(published, JsonLd.text(ld, "datePublished"));
    PUBLISHED_METAS.forEach(k -> published.addAll(s.metaAll(k)));
    published.addAll(s.microdataPublished);
    published.addAll(s.times);
    Instant publishedAt = DateExtractor.first(published, fetchedAt);
    if (publishedAt == null) {
      publishedAt = DateExtractor.fromUrl(url, fetchedAt);
    }
    List<String> modified = new ArrayList<>();
    addIfPresent(modified, JsonLd.text(ld, "dateModified"));
    MODIFIED_METAS.forEach(k -> modified.addAll(s.metaAll(k)));
    modified.addAll(s.microdataModified);
    Instant modifiedAt = DateExtractor.first(modified, fetchedAt);

    List<String> authors = AuthorCleaner.clean(JsonLd.names(ld, "author"), siteName);
    if (authors.isEmpty()) {
      List<String> raw = new ArrayList<>();
      AUTHOR_METAS.forEach(
          k -> s.metaAll(k).stream().filter(v -> !v.contains("://")).forEach(raw::add));
      authors = AuthorCleaner.clean(raw, siteName);
    }
    if (authors.isEmpty()) {
      authors = AuthorCleaner.clean(s.microdataAuthors, siteName);
    }
    if (authors.isEmpty()) {
      authors = AuthorCleaner.clean(s.relAuthors, siteName);
    }
    if (authors.isEmpty()) {
      authors = AuthorCleaner.clean(s.bylines, siteName);
    }

    String language =
        first(
            s.htmlLang,
            s.meta("content-language"),
            s.meta("language"),
            s.meta("og:locale"),
            s.meta("dc.language"),
            JsonLd.text(ld, "inLanguage"));

    String canonical =
        first(
            UrlNormalizer.resolve(url, s.canonical),
            UrlNormalizer.resolve(url, s.meta("og:url")),
            UrlNormalizer.resolve(url, JsonLd.url(ld, "url")),
            UrlNormalizer.resolve(null, url));
    if (canonical == null) {
      canonical = url;
    }

    String section =
        first(
            s.meta("article:section"),
            JsonLd.text(ld, "articleSection"),
            s.meta("section"),
            s.meta("parsely-section"));
    String description =
        first(
            s.meta("og:description"),
            s.meta("description"),
            s.meta("twitter:description"),
            JsonLd.text(ld, "description"));
    String image =
        first(
            UrlNormalizer.resolve(url, s.meta("og:image")),
            UrlNormalizer.resolve(url, s.meta("og:image:url")),
            UrlNormalizer.resolve(url, s.meta("twitter:image")),
            UrlNormalizer.resolve(url, JsonLd.url(ld, "image")));

    Set<String> keywords = new LinkedHashSet<>();
    List<String> rawKeywords = new ArrayList<>();
    s.metaAll("keywords").forEach(v -> rawKeywords.addAll(List.of(v.split("[,;]"))));
    s.metaAll("news_keywords").forEach(v -> rawKeywords.addAll(List.of(v.split("[,;]"))));
    rawKeywords.addAll(s.metaAll("article:tag"));
    rawKeywords.addAll(JsonLd.strings(ld, "keywords"));
    for (String k : rawKeywords) {
      String t = k.strip();
      if (!t.isEmpty() && t.length() <= 80 && keywords.size() < MAX_KEYWORDS) {
        keywords.add(t);
      }
    }

    boolean paywalled = isPaywalled(s, ld);
    return new PageMetadata(
        title,
        authors,
        publishedAt,
        modifiedAt,
        language,
        canonical,
        siteName,
        section,
        description,
        image,
        List.copyOf(keywords),
        paywalled,
        JsonLd.text(ld, "articleBody"));
  }

  private static boolean isPaywalled(PageSignals s, @Nullable JsonNode ld) {
    String free = JsonLd.text(ld, "isAccessibleForFree");
    if (free != null) {
      return free.equalsIgnoreCase("false") || free.equalsIgnoreCase("no");
    }
    String tier = s.meta("article:content_tier");
    if (tier != null && PAYWALL_TIERS.contains(tier.toLowerCase(Locale.ROOT))) {
      return true;
    }
    return s.paywallMarker;
  }

  private static @Nullable String publisherName(@Nullable JsonNode ld) {
    if (ld == null || ld.get("publisher") == null) {
      return null;
    }
    return JsonLd.text(ld, "publisher");
  }

  private static @Nullable String cleanTitle(
      PageSignals s, @Nullable JsonNode ld, @Nullable String siteName, @Nullable String host) {
    String headline =
        first(JsonLd.text(ld, "headline"), s.meta("og:title"), s.meta("twitter:title"));
    String raw = headline != null ? headline : s.title;
    if (raw == null) {
      return s.h1.isEmpty() ? null : s.h1.get(0);
    }
    raw = raw.replaceAll("\\s+", " ").strip();
    String stripped = stripSiteName(raw, siteName);
    if (stripped == null) {
      stripped = stripSiteName(raw, host);
    }
    if (stripped != null) {
      return stripped;
    }
    var matcher = TITLE_SEPARATOR.matcher(raw);
    int lastStart = -1;
    int lastEnd = -1;
    while (matcher.find()) {
      lastStart = matcher.start();
      lastEnd = matcher.end();
    }
    if (lastStart > 0) {
      String head = raw.substring(0, lastStart).strip();
      String tail = raw.substring(lastEnd).strip();
      for (String h : s.h1) {
        if (h.equalsIgnoreCase(raw)) {
          return raw;
        }
      }
      if (tail.split(" ").length <= 4 && head.split(" ").length >= 3) {
        return head;
      }
    }
    return raw;
  }

  private static @Nullable String stripSiteName(String title, @Nullable String siteName) {
    if (siteName == null || siteName.isBlank() || title.equalsIgnoreCase(siteName.strip())) {
      return null;
    }
    String site = siteName.strip();
    var m = TITLE_SEPARATOR.matcher(title);
    while (m.find()) {
      String before = title.substring(0, m.start()).strip();
      String after = title.substring(m.end()).strip();
      if (sameName(after, site) && !before.isEmpty()) {
        return before;
      }
      if (sameName(before, site) && !after.isEmpty()) {
        return after;
      }
    }
    return null;
  }

  /** Names equal once case, spaces and punctuation are ignored ("The Verge" = "theverge"). */
  private static boolean sameName(String a, String b) {
    String x = letters(a);
    return !x.isEmpty() && x.equals(letters(b));
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The registrable name of the URL's host: "wikipedia" for en.wikipedia.org; null if none. */
  private static @Nullable String hostLabel(String url) {
    try {
      String host = java.net.URI.create(url).getHost();
      if (host == null) {
        return null;
      }
      String[] labels = host.split("\\.");
      return labels.length >= 2 ? labels[labels.length - 2] : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void addIfPresent(List<String> list, @Nullable String value) {
    if (value != null) {
      list.add(value);
    }
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
