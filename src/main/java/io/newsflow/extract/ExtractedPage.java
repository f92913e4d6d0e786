package io.newsflow.extract;

import io.newsflow.article.Article;
import io.newsflow.article.Article.Dateline;
import io.newsflow.article.ArticleIds;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An extracted article page: body text and metadata. Immutable; lists are never null. Fields the
 * page did not yield are null.
 *
 * @param url the URL the page was fetched from (a placeholder for pages read from files)
 * @param canonicalUrl the page's canonical URL, resolved and normalized; {@code url} when none
 * @param text the body: paragraphs (headings and list items included) separated by a blank line,
 *     title and dateline excluded
 */
public record ExtractedPage(
    String url,
    String canonicalUrl,
    Instant fetchedAt,
    @Nullable String title,
    List<String> authors,
    @Nullable Instant publishedAt,
    @Nullable Instant modifiedAt,
    @Nullable String language,
    @Nullable String siteName,
    @Nullable String section,
    @Nullable String description,
    @Nullable String imageUrl,
    List<String> keywords,
    boolean paywalled,
    @Nullable Dateline dateline,
    String text) {

  public ExtractedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  /** Words in the body. */
  public int wordCount() {
    return ArticleIds.wordCount(text);
  }

  /**
   * The article record the crawler publishes; its id is {@link ArticleIds#idFor} of the canonical
   * URL.
   */
  public Article toArticle(@Nullable String sourceId, String extractorVersion) {
    return new Article(
        Article.SCHEMA_VERSION,
        ArticleIds.idFor(canonicalUrl),
        1,
        url,
        canonicalUrl,
        sourceId,
        fetchedAt,
        publishedAt,
        modifiedAt,
        title,
        authors,
        List.of(),
        language,
        siteName,
        section,
        description,
        imageUrl,
        keywords,
        paywalled,
        dateline,
        text,
        wordCount(),
        ArticleIds.contentHash(text),
        extractorVersion);
  }
}
