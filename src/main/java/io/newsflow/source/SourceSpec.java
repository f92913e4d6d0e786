package io.newsflow.source;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source as written in the sources file or sent to the admin API: every field but {@code id},
 * {@code type} and {@code url} may be left out and takes its default.
 */
public record SourceSpec(
    @Nullable String id,
    @Nullable SourceType type,
    @Nullable String url,
    @Nullable Duration interval,
    @Nullable Boolean enabled,
    @Nullable List<String> include,
    @Nullable List<String> exclude,
    @Nullable List<String> tags) {

  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

  /**
   * The validated source.
   *
   * @throws IllegalArgumentException naming the field when the spec is incomplete or invalid
   */
  public Source toSource() {
    if (id == null) {
      throw new IllegalArgumentException("source: id is required");
    }
    if (type == null) {
      throw new IllegalArgumentException("source " + id + ": type is required");
    }
    if (url == null) {
      throw new IllegalArgumentException("source " + id + ": url is required");
    }
    return new Source(
        id,
        type,
        url,
        interval == null ? DEFAULT_INTERVAL : interval,
        enabled == null || enabled,
        include == null ? List.of() : include,
        exclude == null ? List.of() : exclude,
        tags == null ? List.of() : tags);
  }

  /** The spec of an existing source, for round trips. */
  public static SourceSpec of(Source source) {
    return new SourceSpec(
        source.id(),
        source.type(),
        source.url(),
        source.interval(),
        source.enabled(),
        source.include(),
        source.exclude(),
        source.tags());
  }
}
