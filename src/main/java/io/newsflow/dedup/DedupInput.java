package io.newsflow.dedup;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the deduplicator reads of an article.
 *
 * @param entities entity names, most important first; may be empty
 */
public record DedupInput(
    String id,
    String text,
    @Nullable String url,
    @Nullable String title,
    @Nullable Instant publishedAt,
    List<String> entities) {

  public DedupInput {
    entities = List.copyOf(entities);
  }
}
