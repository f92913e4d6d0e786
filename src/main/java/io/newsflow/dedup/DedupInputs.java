package io.newsflow.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link DedupInput} from article JSON: {@code id} and {@code text} required; {@code url},
 * {@code title}, {@code publishedAt} and {@code entities} (names, or the tagger's objects with
 * {@code name} and {@code count}, most mentioned first) used when present.
 */
final class DedupInputs {

  private DedupInputs() {}

  /** The article object; {@link IllegalArgumentException} naming what is wrong. */
  static ObjectNode object(byte[] json) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return (ObjectNode) node;
  }

  static DedupInput of(ObjectNode article) {
    String id = text(article, "id");
    String text = text(article, "text");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("missing \"id\"");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("missing \"text\"");
    }
    return new DedupInput(
        id,
        text,
        text(article, "url"),
        text(article, "title"),
        instant(article.get("publishedAt")),
        entities(article.get("entities")));
  }

  private static @Nullable String text(ObjectNode article, String field) {
    JsonNode value = article.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" is not a string");
    }
    return value.asText();
  }

  private static @Nullable Instant instant(@Nullable JsonNode value) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    try {
      return Instant.parse(value.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private record Named(String name, int count) {}

  private static List<String> entities(@Nullable JsonNode value) {
    if (value == null || !value.isArray()) {
      return List.of();
    }
    List<Named> named = new ArrayList<>();
    for (JsonNode entity : value) {
      if (entity.isTextual()) {
        named.add(new Named(entity.asText(), 1));
      } else if (entity.path("name").isTextual()) {
        named.add(new Named(entity.get("name").asText(), entity.path("count").asInt(1)));
      }
    }
    named.sort(Comparator.comparingInt(Named::count).reversed());
    return named.stream().map(Named::name).toList();
  }
}
