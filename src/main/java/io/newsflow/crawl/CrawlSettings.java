package io.newsflow.crawl;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The crawler's network settings as a plain value, so that the network classes and their tests need
 * no Quarkus. Every value is checked on construction; a bad one throws {@link
 * IllegalArgumentException} naming its {@code newsflow.crawl.*} key. See {@link CrawlConfig} for
 * what each value means. Immutable.
 */
public record CrawlSettings(
    String userAgent,
    Duration minDelay,
    Duration maxCrawlDelay,
    int maxConcurrency,
    Duration connectTimeout,
    Duration readTimeout,
    Duration fetchTimeout,
    long maxBodySize,
    long maxDecompressedSize,
    int maxRedirects,
    boolean allowPrivateAddresses,
    Duration robotsCacheTtl,
    int retryMaxAttempts,
    Duration retryInitialBackoff,
    Duration retryMaxBackoff) {

  private static final String PREFIX = "newsflow.crawl.";

  public CrawlSettings {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException(
          PREFIX + "user-agent must be set, e.g. \"newsflow/0.1 (+https://example.org/bot)\"");
    }
    if (productToken(userAgent).isEmpty()) {
      throw new IllegalArgumentException(
          PREFIX
              + "user-agent must start with a product token (letters, '-' or '_'), was: "
              + userAgent);
    }
    notNegative(minDelay, "min-delay");
    notNegative(maxCrawlDelay, "max-crawl-delay");
    positive(maxConcurrency, "max-concurrency");
    positive(connectTimeout, "connect-timeout");
    positive(readTimeout, "read-timeout");
    positive(fetchTimeout, "fetch-timeout");
    positive(maxBodySize, "max-body-size");
    positive(maxDecompressedSize, "max-decompressed-size");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException(
          PREFIX + "max-redirects must be >= 0, was " + maxRedirects);
    }
    notNegative(robotsCacheTtl, "robots-cache-ttl");
    positive(retryMaxAttempts, "retry.max-attempts");
    notNegative(retryInitialBackoff, "retry.initial-backoff");
    notNegative(retryMaxBackoff, "retry.max-backoff");
  }

  /** The settings of a running service. */
  public static CrawlSettings from(CrawlConfig config) {
    return new CrawlSettings(
        config.userAgent(),
        config.minDelay(),
        config.maxCrawlDelay(),
        config.maxConcurrency(),
        config.connectTimeout(),
        config.readTimeout(),
        config.fetchTimeout(),
        config.maxBodySize(),
        config.maxDecompressedSize(),
        config.maxRedirects(),
        config.allowPrivateAddresses(),
        config.robotsCacheTtl(),
        config.retry().maxAttempts(),
        config.retry().initialBackoff(),
        config.retry().maxBackoff());
  }

  /** The documented defaults of {@link CrawlConfig} with the given user agent. */
  public static CrawlSettings defaults(String userAgent) {
    return new CrawlSettings(
        userAgent,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        16,
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        Duration.ofSeconds(30),
        10L * 1024 * 1024,
        20L * 1024 * 1024,
        5,
        false,
        Duration.ofHours(1),
        3,
        Duration.ofSeconds(1),
        Duration.ofMinutes(1));
  }

  /**
   * The name obeyed in robots.txt: the user agent's product token, lower-cased ({@code
   * "Newsflow/0.1 (+https://...)"} gives {@code "newsflow"}).
   */
  public String robotName() {
    return productToken(userAgent);
  }

  /** A builder starting from these settings, for changing a few values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static String productToken(String userAgent) {
    StringBuilder token = new StringBuilder();
    for (char c : userAgent.strip().toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_') {
        token.append(c);
      } else {
        break;
      }
    }
    return token.toString().toLowerCase(Locale.ROOT);
  }

  private static void notNegative(Duration value, String key) {
    Objects.requireNonNull(value, PREFIX + key);
    if (value.isNegative()) {
      throw new IllegalArgumentException(PREFIX + key + " must not be negative, was " + value);
    }
  }

  private static void positive(Duration value, String key) {
    Objects.requireNonNull(value, PREFIX + key);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(PREFIX + key + " must be positive, was " + value);
    }
  }

  private static void positive(long value, String key) {
    if (value <= 0) {
      throw new IllegalArgumentException(PREFIX + key + " must be positive, was " + value);
    }
  }

  /** Changes some values of a {@link CrawlSettings}; {@link #build()} validates them. */
  public static final class Builder {
    private String userAgent;
    private Duration minDelay;
    private Duration maxCrawlDelay;
    private int maxConcurrency;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration fetchTimeout;
    private long maxBodySize;
    private long maxDecompressedSize;
    private int maxRedirects;
    private boolean allowPrivateAddresses;
    private Duration robotsCacheTtl;
    private int retryMaxAttempts;
    private Duration retryInitialBackoff;
    private Duration retryMaxBackoff;

    private Builder(CrawlSettings s) {
      userAgent = s.userAgent;
      minDelay = s.minDelay;
      maxCrawlDelay = s.maxCrawlDelay;
      maxConcurrency = s.maxConcurrency;
      connectTimeout = s.connectTimeout;
      readTimeout = s.readTimeout;
      fetchTimeout = s.fetchTimeout;
      maxBodySize = s.maxBodySize;
      maxDecompressedSize = s.maxDecompressedSize;
      maxRedirects = s.maxRedirects;
      allowPrivateAddresses = s.allowPrivateAddresses;
      robotsCacheTtl = s.robotsCacheTtl;
      retryMaxAttempts = s.retryMaxAttempts;
      retryInitialBackoff = s.retryInitialBackoff;
      retryMaxBackoff = s.retryMaxBackoff;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder minDelay(Duration value) {
      minDelay = value;
      return this;
    }

    public Builder maxCrawlDelay(Duration value) {
      maxCrawlDelay = value;
      return this;
    }

    public Builder maxConcurrency(int value) {
      maxConcurrency = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder fetchTimeout(Duration value) {
      fetchTimeout = value;
      return this;
    }

    public Builder maxBodySize(long value) {
      maxBodySize = value;
      return this;
    }

    public Builder maxDecompressedSize(long value) {
      maxDecompressedSize = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = value;
      return this;
    }

    public Builder allowPrivateAddresses(boolean value) {
      allowPrivateAddresses = value;
      return this;
    }

    public Builder robotsCacheTtl(Duration value) {
      robotsCacheTtl = value;
      return this;
    }

    public Builder retryMaxAttempts(int value) {
      retryMaxAttempts = value;
      return this;
    }

    public Builder retryInitialBackoff(Duration value) {
      retryInitialBackoff = value;
      return this;
    }

    public Builder retryMaxBackoff(Duration value) {
      retryMaxBackoff = value;
      return this;
    }

    public CrawlSettings build() {
      return new CrawlSettings(
          userAgent,
          minDelay,
          maxCrawlDelay,
          maxConcurrency,
          connectTimeout,
          readTimeout,
          fetchTimeout,
          maxBodySize,
          maxDecompressedSize,
          maxRedirects,
          allowPrivateAddresses,
          robotsCacheTtl,
          retryMaxAttempts,
          retryInitialBackoff,
          retryMaxBackoff);
    }
  }
}
