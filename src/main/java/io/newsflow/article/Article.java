package io.newsflow.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A clean article, as the crawler publishes it on {@code newsflow.articles}.
 *
 * <p>Immutable; {@link #authors()} and {@link #keywords()} are never null (copied, unmodifiable).
 * Every field the page did not yield is null. The JSON form is described by {@code
 * schema/article.schema.json} in the jar; {@link #SCHEMA_VERSION} changes whenever a field changes
 * meaning.
 *
 * @param id stable hash of {@link #canonicalUrl()} (see {@link ArticleIds#idFor(String)})
 * @param text the body: paragraphs separated by one blank line
 * @param contentHash hash of the normalized text (see {@link ArticleIds#contentHash(String)})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
    int schemaVersion,
    String id,
    String url,
    String canonicalUrl,
    @Nullable String sourceId,
    Instant fetchedAt,
    @Nullable Instant publishedAt,
    @Nullable Instant modifiedAt,
    @Nullable String title,
    List<String> authors,
    @Nullable String language,
    @Nullable String siteName,
    @Nullable String section,
    @Nullable String description,
    @Nullable String imageUrl,
    List<String> keywords,
    @Nullable Boolean paywalled,
    @Nullable Dateline dateline,
    String text,
    int wordCount,
    String contentHash,
    String extractorVersion) {

  public static final int SCHEMA_VERSION = 1;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    authors = authors == null ? List.of() : List.copyOf(authors);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must not be negative: " + wordCount);
    }
  }

  /** Where and by whom a story was filed, when the text opens with a dateline. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Dateline(String place, @Nullable String credit) {
    public Dateline {
      Objects.requireNonNull(place, "place");
    }
  }
}
