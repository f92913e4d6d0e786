package io.newsflow.demo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article of the demo corpus as written in {@code demo/stories/<site>.yaml}: clean text and
 * metadata, before any site boilerplate is wrapped around it.
 *
 * @param id unique story id, prefixed with the site's initials
 * @param site the {@link DemoOutlet#key()} of the site that publishes it
 * @param section the site section, also part of its URL on some sites
 * @param title the headline
 * @param authors clean author names (sites may decorate the byline)
 * @param publishedAt first publication
 * @param updatedAt last update shown as an "Updated:" line, or null
 * @param dateline dateline and source credit that opens the first paragraph (such as {@code KYIV
 *     (Continental Press)}), or null
 * @param language BCP 47 language of the text
 * @param paragraphs the body, one paragraph per entry, without the dateline
 * @param syndicates id of the original story this one republishes, or null
 * @param dupKind for a syndicated copy, {@code exact} (same words) or {@code near} (edited)
 * @param event id of the news event several different stories report, or null for its own
 */
public record DemoStory(
    String id,
    String site,
    String section,
    String title,
    List<String> authors,
    Instant publishedAt,
    @Nullable Instant updatedAt,
    @Nullable String dateline,
    String language,
    List<String> paragraphs,
    @Nullable String syndicates,
    @Nullable String dupKind,
    @Nullable String event) {

  /** Requires the mandatory fields, a body and a consistent syndication; copies the lists. */
  public DemoStory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(site, "site of " + id);
    Objects.requireNonNull(section, "section of " + id);
    Objects.requireNonNull(title, "title of " + id);
    authors = List.copyOf(Objects.requireNonNull(authors, "authors of " + id));
    Objects.requireNonNull(publishedAt, "publishedAt of " + id);
    Objects.requireNonNull(language, "language of " + id);
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs of " + id));
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no paragraphs");
    }
    if ((syndicates == null) != (dupKind == null)) {
      throw new IllegalArgumentException("story " + id + ": syndicates and dupKind go together");
    }
    if (dupKind != null && !dupKind.equals("exact") && !dupKind.equals("near")) {
      throw new IllegalArgumentException("story " + id + ": dupKind must be exact or near");
    }
  }

  /** The body as one text, paragraphs separated by blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** The date a page shows: the update if there is one, else the first publication. */
  public Instant lastModified() {
    return updatedAt != null ? updatedAt : publishedAt;
  }
}
