package io.newsflow.source;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A configured news source. Validated on construction: a bad source never reaches the crawler.
 *
 * @param id short stable name, {@code [a-z0-9][a-z0-9._-]*}, used in metrics and events
 * @param url feed, sitemap or page URL; for {@code warc}, a file or directory path, or {@code
 *     classpath:} resource
 * @param interval how often the source is polled
 * @param include regular expressions; when any is given, a discovered URL must match one
 * @param exclude regular expressions; a discovered URL matching one is skipped
 * @param tags free labels carried into events and dashboards
 */
public record Source(
    String id,
    SourceType type,
    String url,
    Duration interval,
    boolean enabled,
    List<String> include,
    List<String> exclude,
    List<String> tags) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "source id '" + id + "' must match " + ID.pattern() + " (lower case, digits, . _ -)");
    }
    if (url.isBlank()) {
      throw new IllegalArgumentException("source " + id + ": url must not be blank");
    }
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException(
          "source " + id + ": interval " + interval + " is shorter than " + MIN_INTERVAL);
    }
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    tags = List.copyOf(tags);
    for (String pattern : include) {
      compile(id, pattern);
    }
    for (String pattern : exclude) {
      compile(id, pattern);
    }
  }

  /** The same source, enabled or paused. */
  public Source withEnabled(boolean on) {
    return new Source(id, type, url, interval, on, include, exclude, tags);
  }

  /** A test of discovered URLs against the include and exclude patterns; build once per poll. */
  public Predicate<String> urlFilter() {
    List<Pattern> in = include.stream().map(Pattern::compile).toList();
    List<Pattern> out = exclude.stream().map(Pattern::compile).toList();
    return url ->
        (in.isEmpty() || in.stream().anyMatch(p -> p.matcher(url).find()))
            && out.stream().noneMatch(p -> p.matcher(url).find());
  }

  private static void compile(String id, String pattern) {
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "source " + id + ": bad pattern '" + pattern + "': " + e.getDescription(), e);
    }
  }
}
