package io.newsflow.extract;

import java.util.Objects;

/**
 * Settings of an {@link ArticleExtractor}.
 *
 * @param siteRules per-host selectors; {@link SiteRules#none()} when there are none
 * @param maxInputBytes bytes of a page that are decoded and parsed; the rest is ignored (a cap
 *     against pathological pages)
 * @param minTextChars a body shorter than this (in characters) makes the page "not an article"
 */
public record ExtractionConfig(SiteRules siteRules, int maxInputBytes, int minTextChars) {

  /** 8 MiB: far above any real article page, low enough to bound time and memory. */
  public static final int DEFAULT_MAX_INPUT_BYTES = 8 * 1024 * 1024;

  /** Any text at all makes an article; raise it to turn very short pages away. */
  public static final int DEFAULT_MIN_TEXT_CHARS = 1;

  public ExtractionConfig {
    Objects.requireNonNull(siteRules, "siteRules");
    if (maxInputBytes < 1024) {
      throw new IllegalArgumentException("maxInputBytes must be at least 1024: " + maxInputBytes);
    }
    if (minTextChars < 0) {
      throw new IllegalArgumentException("minTextChars must not be negative: " + minTextChars);
    }
  }

  /** Defaults and no site rules. */
  public static ExtractionConfig defaults() {
    return new ExtractionConfig(SiteRules.none(), DEFAULT_MAX_INPUT_BYTES, DEFAULT_MIN_TEXT_CHARS);
  }

  public ExtractionConfig withSiteRules(SiteRules rules) {
    return new ExtractionConfig(rules, maxInputBytes, minTextChars);
  }
}
