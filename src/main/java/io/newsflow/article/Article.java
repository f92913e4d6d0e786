package io.newsflow.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A clean article, as the crawler publishes it on {@code newsflow.articles}.
 *
 * <p>Immutable; {@link #authors()}, {@link #credits()} and {@link #keywords()} are never null
 * (copied, unmodifiable). Every field the page did not yield is null. The JSON form is described by
 * {@code schema/article.schema.json} in the jar; {@link #SCHEMA_VERSION} changes whenever a field
 * changes meaning.
 *
 * @param id stable hash of {@link #canonicalUrl()} (see {@link ArticleIds#idFor(String)})
 * @param revision 1 for the first version of the article under this id, one more for each later
 *     version whose text the crawler fetched again (an update or a correction); 0 in JSON written
 *     before the field existed reads as 1
 * @param authors the persons who wrote the article
 * @param credits organisations that sign the article: news agencies, desks, the outlet itself
 * @param text the body: paragraphs separated by one blank line
 * @param contentHash hash of the normalized text (see {@link ArticleIds#contentHash(String)})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
    int schemaVersion,
    String id,
    int revision,
    String url,
    String canonicalUrl,
    @Nullable String sourceId,
    Instant fetchedAt,
    @Nullable Instant publishedAt,
    @Nullable Instant modifiedAt,
    @Nullable String title,
    List<String> authors,
    List<String> credits,
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
    if (revision < 0) {
      throw new IllegalArgumentException("revision must not be negative: " + revision);
    }
    revision = Math.max(1, revision);
    authors = authors == null ? List.of() : List.copyOf(authors);
    credits = credits == null ? List.of() : List.copyOf(credits);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount must not be negative: " + wordCount);
    }
  }

  /** The same article as a later version of itself, numbered {@code revision}. */
  public Article withRevision(int revision) {
    return new Article(
        schemaVersion,
        id,
        revision,
        url,
        canonicalUrl,
        sourceId,
        fetchedAt,
        publishedAt,
        modifiedAt,
        title,
        authors,
        credits,
        language,
        siteName,
        section,
        description,
        imageUrl,
        keywords,
        paywalled,
        dateline,
        text,
        wordCount,
        contentHash,
        extractorVersion);
  }

  /** Where and by whom a story was filed, when the text opens with a dateline. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Dateline(String place, @Nullable String credit) {
    public Dateline {
      Objects.requireNonNull(place, "place");
    }
  }
}
