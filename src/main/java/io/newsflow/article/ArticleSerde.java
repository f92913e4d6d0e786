package io.newsflow.article;

import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/** Kafka serde of {@link Article} as UTF-8 JSON (see {@link Json}). Thread-safe. */
public final class ArticleSerde
    implements Serde<Article>, Serializer<Article>, Deserializer<Article> {

  @Override
  public byte @Nullable [] serialize(String topic, @Nullable Article article) {
    return article == null
        ? null
        : Json.write(article).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * @throws SerializationException naming the topic and the parser's reason when the bytes are not
   *     an article
   */
  @Override
  public @Nullable Article deserialize(String topic, byte @Nullable [] data) {
    if (data == null) {
      return null;
    }
    try {
      return Json.read(data, Article.class);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "not an article on topic " + topic + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void configure(java.util.Map<String, ?> configs, boolean isKey) {}

  @Override
  public void close() {}

  @Override
  public Serializer<Article> serializer() {
    return this;
  }

  @Override
  public Deserializer<Article> deserializer() {
    return this;
  }
}
