package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/**
 * One record of the deduplicator's output, as the pipeline check sees it.
 *
 * @param unique true for {@code newsflow.articles.unique}, false for {@code ...duplicates}
 * @param id the article id: the {@code id} field, else the record key, else empty
 * @param decidedAt the record timestamp (the deduplicator's decision time)
 * @param fetchedAt the article's {@code fetchedAt}, or null when missing or unreadable
 * @param duplicateOf {@code dedup.duplicateOf}, or null
 */
record Decision(
    boolean unique,
    String id,
    Instant decidedAt,
    @Nullable Instant fetchedAt,
    @Nullable String duplicateOf) {

  /** Reads a record of either output topic; never throws, whatever the bytes. */
  static Decision of(ConsumerRecord<String, byte[]> record, boolean unique) {
    Instant decidedAt = Instant.ofEpochMilli(record.timestamp());
    String id = record.key() == null ? "" : record.key();
    Instant fetchedAt = null;
    String duplicateOf = null;
    try {
      JsonNode json = Json.mapper().readTree(record.value());
      if (json != null && json.isObject()) {
        id = json.path("id").asText(id);
        fetchedAt = instant(json.path("fetchedAt").asText(null));
        JsonNode of = json.path("dedup").path("duplicateOf");
        duplicateOf = of.isTextual() ? of.asText() : null;
      }
    } catch (Exception e) {
      // unreadable: counted by the check through its missing fields
    }
    return new Decision(unique, id, decidedAt, fetchedAt, duplicateOf);
  }

  private static @Nullable Instant instant(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
