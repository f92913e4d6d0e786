package io.newsflow.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

  private final ArticleSerde serde = new ArticleSerde();

  @Test
  void shouldWriteCamelCaseFieldsAndIsoInstants() throws Exception {
    Article article = Articles.sample("https://example.com/a", "First.\n\nSecond.");

    JsonNode json = Json.mapper().readTree(serde.serialize("t", article));

    assertThat(json.get("canonicalUrl").asText()).isEqualTo("https://example.com/a");
    assertThat(json.get("fetchedAt").asText()).isEqualTo("2025-03-12T09:30:00Z");
    assertThat(json.get("dateline").get("place").asText()).isEqualTo("MOSCOW");
    assertThat(json.has("modifiedAt")).as("null fields are left out").isFalse();
  }

  @Test
  void shouldReadBackWhatItWrote() {
    Article article = Articles.sample("https://example.com/a", "Body text.");

    assertThat(serde.deserialize("t", serde.serialize("t", article))).isEqualTo(article);
  }

  @Test
  void shouldTolerateUnknownFields() {
    Article article = Articles.sample("https://example.com/a", "Body text.");
    String json = Json.write(article).replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

    assertThat(serde.deserialize("t", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(article);
  }

  @Test
  void shouldReadAnArticleWrittenBeforeRevisionsAsTheFirstRevision() {
    Article article = Articles.sample("https://example.com/a", "Body text.");
    String json = Json.write(article).replace("\"revision\":1,", "");

    assertThat(json).doesNotContain("revision");
    assertThat(serde.deserialize("t", json.getBytes(StandardCharsets.UTF_8)).revision())
        .isEqualTo(1);
  }

  @Test
  void shouldKeepCreditsApartFromAuthors() throws Exception {
    Article article = Articles.sample("https://example.com/a", "Body text.");

    JsonNode json = Json.mapper().readTree(serde.serialize("t", article));

    assertThat(json.get("authors").toString()).isEqualTo("[\"Anna Matveeva\"]");
    assertThat(json.get("credits").toString()).isEqualTo("[\"Realist English\"]");
  }

  @Test
  void shouldNameTheTopicWhenBytesAreNotAnArticle() {
    assertThatThrownBy(() -> serde.deserialize("in", "{\"id\":".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("topic in");
  }

  @Test
  void shouldRejectAnArticleWithoutRequiredFields() {
    assertThatThrownBy(
            () -> serde.deserialize("in", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldShipASchemaThatDescribesEveryField() throws Exception {
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/article.schema.json")) {
      assertThat(in).as("schema in the jar").isNotNull();
      schema = Json.mapper().readTree(in);
    }
    Set<String> described = new HashSet<>();
    schema.get("properties").fieldNames().forEachRemaining(described::add);
    Set<String> fields = new HashSet<>();
    Arrays.stream(Article.class.getRecordComponents()).forEach(c -> fields.add(c.getName()));

    assertThat(described).isEqualTo(fields);
  }
}
