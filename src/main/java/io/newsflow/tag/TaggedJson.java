package io.newsflow.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The tagged form of an article's JSON (schema {@code schema/tagged-article.schema.json}): every
 * field of the input is kept, unknown ones too, and these are added at the top level:
 *
 * <ul>
 *   <li>{@code language}: kept when the article declared one, else the detected language ({@code
 *       und} when detection was unsure); {@code detectedLanguage}: always, when detection was sure
 *   <li>{@code entities}: {@code [{name, type, mentions, count, firstOffset}]}
 *   <li>{@code tags}, {@code topics}: rule tags and {@code iptc:} topics
 *   <li>{@code keywords}: key phrases; keywords the page declared move to {@code declaredKeywords}
 *   <li>{@code taggerVersion}
 * </ul>
 *
 * Used by the Kafka consumer and the {@code tag} command alike. Thread-safe.
 */
public final class TaggedJson {

  public static final String VERSION = "newsflow-tag/1";

  private final Tagger tagger;

  public TaggedJson(Tagger tagger) {
    this.tagger = tagger;
  }

  /** Signals input that cannot be tagged: not JSON, not an object, or no text. */
  public static final class UntaggableException extends Exception {
    public UntaggableException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** Tags the article JSON and returns the tagged JSON. */
  public ObjectNode tag(byte[] json) throws UntaggableException {
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UntaggableException("not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UntaggableException("not JSON: " + e.getMessage(), e);
    }
    return tag(node);
  }

  public ObjectNode tag(@Nullable JsonNode node) throws UntaggableException {
    if (node == null || !node.isObject()) {
      throw new UntaggableException("not a JSON object", null);
    }
    ObjectNode article = (ObjectNode) node;
    JsonNode text = article.get("text");
    if (text == null || !text.isTextual()) {
      throw new UntaggableException("no text field", null);
    }
    String declared = textOrNull(article, "language");
    String source = textOrNull(article, "sourceId");
    if (source == null) {
      source = textOrNull(article, "siteName");
    }
    Tags tags =
        tagger.tag(
            new TagInput(
                textOrNull(article, "title"),
                text.asText(),
                source == null ? "" : source,
                declared == null || declared.isBlank() ? null : declared));
    return merge(article, tags);
  }

  static ObjectNode merge(ObjectNode article, Tags tags) {
    ObjectMapper mapper = Json.mapper();
    String language = tags.language();
    article.put("language", language == null ? "und" : language);
    if (tags.detectedLanguage() != null) {
      article.put("detectedLanguage", tags.detectedLanguage());
    }
    article.set("entities", mapper.valueToTree(tags.entities()));
    article.set("tags", strings(mapper, tags.tags()));
    article.set("topics", strings(mapper, tags.topics()));
    JsonNode declaredKeywords = article.get("keywords");
    if (declaredKeywords != null && declaredKeywords.isArray() && !declaredKeywords.isEmpty()) {
      article.set("declaredKeywords", declaredKeywords);
    }
    article.set("keywords", strings(mapper, tags.keywords()));
    article.put("taggerVersion", VERSION);
    return article;
  }

  private static ArrayNode strings(ObjectMapper mapper, Iterable<String> values) {
    ArrayNode array = mapper.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  private static @Nullable String textOrNull(ObjectNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
