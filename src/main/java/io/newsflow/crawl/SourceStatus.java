package io.newsflow.crawl;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
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
    update(
        sourceId,
        h ->
            new Health(
                now,
                h.lastSuccessAt(),
                h.lastErrorAt(),
                h.lastError(),
                h.lastNewItemAt(),
                h.itemsFound()));
  }

  public void succeeded(String sourceId, int newItems) {
    Instant now = Instant.now();
    update(
        sourceId,
        h ->
            new Health(
                h.lastPollAt(),
                now,
                h.lastErrorAt(),
                h.lastError(),
                newItems > 0 ? now : h.lastNewItemAt(),
                h.itemsFound() + newItems));
  }

  public void failed(String sourceId, String reason) {
    Instant now = Instant.now();
    update(
        sourceId,
        h ->
            new Health(
                h.lastPollAt(), h.lastSuccessAt(), now, reason, h.lastNewItemAt(), h.itemsFound()));
  }

  private void update(String sourceId, UnaryOperator<Health> change) {
    health.compute(sourceId, (id, h) -> change.apply(h == null ? Health.NEVER : h));
  }

  public Health of(String sourceId) {
    return health.getOrDefault(sourceId, Health.NEVER);
  }
}
