package io.newsflow.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.article.Article;
import org.jspecify.annotations.Nullable;

/**
 * Checks a record of an articles topic against the article schema ({@code
 * schema/article.schema.json}, version {@value Article#SCHEMA_VERSION}): a JSON object of at most
 * the stage's bound, with {@code schemaVersion} 1 and every required field of the right type (as
 * {@link Article}'s JSON binding requires). Fields it does not know are allowed: later stages add
 * them. Stateless.
 */
public final class ArticleCheck {

  private ArticleCheck() {}

  /**
   * @param limitKey the setting that bounds the size, named in the reason
   * @return the record as JSON, for the stage to use
   * @throws RecordCheck.Rejected with the reason when the record is no article
   */
  public static ObjectNode check(byte @Nullable [] value, int maxBytes, String limitKey) {
    ObjectNode json = RecordCheck.jsonObject(value, maxBytes, limitKey);
    JsonNode version = json.get("schemaVersion");
    if (version == null) {
      throw RecordCheck.schema("missing required field schemaVersion");
    }
    if (!version.isInt() || version.intValue() != Article.SCHEMA_VERSION) {
      throw RecordCheck.schema(
          "schemaVersion " + version + " is not " + Article.SCHEMA_VERSION + " (article schema)");
    }
    RecordCheck.bind(json, Article.class);
    return json;
  }
}
