package io.newsflow.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.article.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org article described by a page's JSON-LD blocks: the first node whose {@code @type}
 * is an article type, searched through arrays and {@code @graph}. Malformed blocks are skipped.
 * Stateless and thread-safe.
 */
final class JsonLd {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "liveblogposting",
          "techarticle",
          "scholarlyarticle",
          "socialmediaposting",
          "posting",
          "report");
  private static final ObjectReader READER =
      Json.mapper()
          .reader()
          .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .with(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .with(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .with(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .with(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);
  private static final int MAX_NODES = 2000;

  private JsonLd() {}

  /** The article node, or null; {@code other} collects web-page and organization nodes. */
  static @Nullable JsonNode findArticle(List<String> blocks, List<JsonNode> other) {
    JsonNode article = null;
    for (String block : blocks) {
      JsonNode root;
      try {
        root = READER.readTree(block.strip());
      } catch (Exception e) {
        continue;
      }
      Deque<JsonNode> queue = new ArrayDeque<>();
      queue.add(root);
      int visited = 0;
      while (!queue.isEmpty() && visited++ < MAX_NODES) {
        JsonNode node = queue.poll();
        if (node == null) {
          continue;
        }
        if (node.isArray()) {
          node.forEach(queue::add);
          continue;
        }
        if (!node.isObject()) {
          continue;
        }
        if (isArticle(node)) {
          if (article == null) {
            article = node;
          }
        } else if (node.has("@type")) {
          other.add(node);
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          queue.add(graph);
        }
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
          queue.add(main);
        }
      }
    }
    return article;
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** A text field: a string, or the first string of an array, or null. */
  static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      value = value.size() > 0 ? value.get(0) : null;
    }
    if (value == null) {
      return null;
    }
    if (value.isObject()) {
      JsonNode inner = value.has("@value") ? value.get("@value") : value.get("name");
      return inner == null || !inner.isValueNode() ? null : blankToNull(inner.asText());
    }
    return value.isValueNode() ? blankToNull(value.asText()) : null;
  }

  /** Names of a person-or-list field such as {@code author}. */
  static List<String> names(@Nullable JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    if (node == null || node.get(field) == null) {
      return out;
    }
    JsonNode value = node.get(field);
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      if (item.isTextual()) {
        out.add(item.asText());
      } else if (item.isObject() && item.get("name") != null) {
        JsonNode name = item.get("name");
        out.add(name.isArray() && name.size() > 0 ? name.get(0).asText() : name.asText());
      }
    }
    return out;
  }

  /** A URL field: a string, an object with {@code url} or {@code @id}, or the first of a list. */
  static @Nullable String url(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value != null && value.isArray()) {
      value = value.size() > 0 ? value.get(0) : null;
    }
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      return blankToNull(value.asText());
    }
    if (value.isObject()) {
      String url = text(value, "url");
      return url != null ? url : text(value, "@id");
    }
    return null;
  }

  /** Strings of a keyword-like field: a comma-separated string or an array. */
  static List<String> strings(@Nullable JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode value = node == null ? null : node.get(field);
    if (value == null) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else if (value.isValueNode()) {
      for (String part : value.asText().split(",")) {
        out.add(part);
      }
    }
    return out;
  }

  private static @Nullable String blankToNull(String s) {
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
