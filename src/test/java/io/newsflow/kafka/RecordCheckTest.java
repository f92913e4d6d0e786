package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.article.Articles;
import io.newsflow.article.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks at every input topic: size, JSON, schema. */
class RecordCheckTest {

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static RecordCheck.Rejected rejected(Runnable check) {
    try {
      check.run();
    } catch (RecordCheck.Rejected e) {
      return e;
    }
    throw new AssertionError("not rejected");
  }

  @Test
  void shouldRefuseARecordLargerThanTheBoundNamingTheSetting() {
    RecordCheck.Rejected e =
        rejected(() -> RecordCheck.jsonObject(bytes("{\"a\":\"12345\"}"), 10, "newsflow.x.max"));

    assertThat(e.reason()).isEqualTo(RecordCheck.Reason.OVERSIZED);
    assertThat(e).hasMessage("oversized record: 13 bytes, more than newsflow.x.max=10");
  }

  @Test
  void shouldRefuseMalformedJsonAndTrailingGarbage() {
    assertThat(rejected(() -> RecordCheck.jsonObject(bytes("{broken"), 100, "k")).reason())
        .isEqualTo(RecordCheck.Reason.MALFORMED);
    assertThat(rejected(() -> RecordCheck.jsonObject(bytes("{} {}"), 100, "k")))
        .hasMessageStartingWith("not JSON");
    assertThat(rejected(() -> RecordCheck.jsonObject(bytes("\u0000\u00ff"), 100, "k")).reason())
        .isEqualTo(RecordCheck.Reason.MALFORMED);
  }

  @Test
  void shouldRefuseJsonThatIsNoObjectAndARecordWithoutValue() {
    for (String json : List.of("[1,2]", "\"text\"", "42", "null")) {
      assertThat(rejected(() -> RecordCheck.jsonObject(bytes(json), 100, "k")).reason())
          .as(json)
          .isEqualTo(RecordCheck.Reason.SCHEMA);
    }
    assertThat(rejected(() -> RecordCheck.jsonObject(null, 100, "k")))
        .hasMessage("wrong schema: a record without a value");
  }

  @Test
  void shouldAcceptAMinimalArticleAndAnyFieldsLaterStagesAdd() {
    Map<String, Object> article = new LinkedHashMap<>(Articles.minimal("a1", "Some text."));
    article.put("entities", List.of(Map.of("name", "Kyiv")));

    assertThat(ArticleCheck.check(bytes(Json.write(article)), 10_000, "k").get("id").asText())
        .isEqualTo("a1");
  }

  @Test
  void shouldRefuseAnArticleOfAnotherSchemaNamingTheField() {
    Map<String, Object> noUrl = new LinkedHashMap<>(Articles.minimal("a1", "Some text."));
    noUrl.remove("url");
    Map<String, Object> noVersion = new LinkedHashMap<>(Articles.minimal("a1", "Some text."));
    noVersion.remove("schemaVersion");
    Map<String, Object> future = new LinkedHashMap<>(Articles.minimal("a1", "Some text."));
    future.put("schemaVersion", 2);
    Map<String, Object> badAuthors = new LinkedHashMap<>(Articles.minimal("a1", "Some text."));
    badAuthors.put("authors", Map.of("name", "x"));

    assertThat(rejected(() -> ArticleCheck.check(bytes(Json.write(noUrl)), 10_000, "k")))
        .hasMessage("wrong schema: missing required field url");
    assertThat(rejected(() -> ArticleCheck.check(bytes(Json.write(noVersion)), 10_000, "k")))
        .hasMessage("wrong schema: missing required field schemaVersion");
    assertThat(rejected(() -> ArticleCheck.check(bytes(Json.write(future)), 10_000, "k")))
        .hasMessageContaining("schemaVersion 2 is not 1");
    RecordCheck.Rejected authors =
        rejected(() -> ArticleCheck.check(bytes(Json.write(badAuthors)), 10_000, "k"));
    assertThat(authors.reason()).isEqualTo(RecordCheck.Reason.SCHEMA);
    assertThat(authors).hasMessageContaining("authors");
  }

  @Test
  void shouldCountRefusalsByStageAndReason() {
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    RecordCheck.count(metrics, "tagger", RecordCheck.schema("x"));
    RecordCheck.count(metrics, "tagger", RecordCheck.schema("y"));

    assertThat(
            metrics
                .counter("newsflow.input.rejected", "stage", "tagger", "reason", "schema")
                .count())
        .isEqualTo(2.0);
  }

  @Test
  void shouldEscapeControlCharactersOfAReason() {
    assertThat(DeadLetters.escape("line\nINFO forged\tentry"))
        .isEqualTo("line\\u000aINFO forged\\u0009entry");
  }
}
