package io.newsflow.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

  /** Articles tagged together per call of {@link #tagAll}: large enough to share rule matching. */
  public static final int BATCH = 256;

  /** What became of one input: its tagged JSON, or why it cannot be tagged. */
  public sealed interface Outcome permits Tagged, Failed {}

  public record Tagged(ObjectNode json) implements Outcome {}

  public record Failed(String reason) implements Outcome {}

  /** Tags the article JSON and returns the tagged JSON. */
  public ObjectNode tag(byte[] json) throws UntaggableException {
    return tag(parse(json));
  }

  public ObjectNode tag(@Nullable JsonNode node) throws UntaggableException {
    ObjectNode article = article(node);
    return merge(article, tagger.tag(input(article)));
  }

  /** Tags many inputs together, in order; a bad input fails alone. */
  public List<Outcome> tagAll(List<byte[]> jsons) {
    List<Outcome> outcomes = new ArrayList<>(jsons.size());
    List<ObjectNode> articles = new ArrayList<>();
    List<TagInput> inputs = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (byte[] json : jsons) {
      try {
        ObjectNode article = article(json == null ? null : parse(json));
        positions.add(outcomes.size());
        articles.add(article);
        inputs.add(input(article));
        outcomes.add(null);
      } catch (UntaggableException | RuntimeException e) {
        outcomes.add(new Failed(String.valueOf(e.getMessage())));
      }
    }
    try {
      List<Tags> tags = tagger.tagAll(inputs);
      for (int i = 0; i < tags.size(); i++) {
        outcomes.set(positions.get(i), new Tagged(merge(articles.get(i), tags.get(i))));
      }
    } catch (RuntimeException e) {
      for (int position : positions) {
        outcomes.set(position, new Failed("tagging failed: " + e));
      }
    }
    return outcomes;
  }

  private static JsonNode parse(byte[] json) throws UntaggableException {
    try {
      return Json.mapper().readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UntaggableException("not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UntaggableException("not JSON: " + e.getMessage(), e);
    }
  }

  private static ObjectNode article(@Nullable JsonNode node) throws UntaggableException {
    if (node == null || !node.isObject()) {
      throw new UntaggableException("not a JSON object", null);
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new UntaggableException("no text field", null);
    }
    return (ObjectNode) node;
  }

  private static TagInput input(ObjectNode article) {
    String declared = textOrNull(article, "language");
    String source = textOrNull(article, "sourceId");
    if (source == null) {
      source = textOrNull(article, "siteName");
    }
    return new TagInput(
        textOrNull(article, "title"),
        article.get("text").asText(),
        source == null ? "" : source,
        declared == null || declared.isBlank() ? null : declared);
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
