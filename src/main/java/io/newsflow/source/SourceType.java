package io.newsflow.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a source lists its articles. */
public enum SourceType {
  /** RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed, detected from the content. */
  FEED,
  /** A sitemap index, plain sitemap or Google News sitemap. */
  SITEMAP,
  /** An HTML section page whose links matching {@code include} are articles. */
  PAGE,
  /** A WARC file or directory of WARC files, replayed without fetching. */
  WARC;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static SourceType of(String id) {
    for (SourceType type : values()) {
      if (type.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown source type '" + id + "' (one of feed, sitemap, page, warc)");
  }
}
