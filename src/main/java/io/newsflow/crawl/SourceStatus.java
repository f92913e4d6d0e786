package io.newsflow.crawl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Per-source health as this crawler instance saw it, for the API and dashboards. Thread-safe. */
public final class SourceStatus {

  /** One source's health. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Health(
      @Nullable Instant lastPollAt,
      @Nullable Instant lastSuccessAt,
      @Nullable Instant lastErrorAt,
      @Nullable String lastError,
      @Nullable Instant lastNewItemAt,
      long itemsFound) {

    static final Health NEVER = new Health(null, null, null, null, null, 0);
  }

  private final Map<String, Health> health = new ConcurrentHashMap<>();

  public void polled(String sourceId) {
    Instant now = Instant.now();
    health.compute(
        sourceId,
        (id, h) -> {
          Health old = h == null ? Health.NEVER : h;
          return new Health(
              now,
              old.lastSuccessAt(),
              old.lastErrorAt(),
              old.lastError(),
              old.lastNewItemAt(),
              old.itemsFound());
        });
  }

  public void succeeded(String sourceId, int newItems) {
    Instant now = Instant.now();
    health.compute(
        sourceId,
        (id, h) -> {
          Health old = h == null ? Health.NEVER : h;
          return new Health(
              old.lastPollAt(),
              now,
              old.lastErrorAt(),
              old.lastError(),
              newItems > 0 ? now : old.lastNewItemAt(),
              old.itemsFound() + newItems);
        });
  }

  public void failed(String sourceId, String reason) {
    health.compute(
        sourceId,
        (id, h) -> {
          Health old = h == null ? Health.NEVER : h;
          return new Health(
              old.lastPollAt(),
              old.lastSuccessAt(),
              Instant.now(),
              reason,
              old.lastNewItemAt(),
              old.itemsFound());
        });
  }

  public Health of(String sourceId) {
    return health.getOrDefault(sourceId, Health.NEVER);
  }
}
