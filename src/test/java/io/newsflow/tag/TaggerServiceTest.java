package io.newsflow.tag;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Articles;
import io.newsflow.article.Json;
import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.TopicReader;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The tagger role in the running application, through the real broker. Its topics are its own, so
 * the malformed record never reaches tests that read the shared articles topic.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(TaggerServiceTest.OwnTopics.class)
class TaggerServiceTest {

  /** Only the tagger runs, on topics of this test class. */
  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "newsflow.roles", "tagger",
          "newsflow.topics.articles", "tagger-test.articles",
          "newsflow.topics.tagged", "tagger-test.articles.tagged",
          "newsflow.topics.dlq", "tagger-test.dlq");
    }
  }

  private static final String RUN = Long.toString(System.nanoTime(), 36);

  @Inject KafkaClients clients;
  @Inject KafkaLifecycle lifecycle;
  @Inject TopicsConfig topics;

  @Test
  void shouldTagAnArticleAndDeadLetterAMalformedRecordWhileTheNextGetsThrough() throws Exception {
    lifecycle.topicsReady().get();
    String good = "good-" + RUN;
    String next = "next-" + RUN;
    try (KafkaProducer<String, byte[]> producer = clients.producer("tagger-service-test")) {
      // the same key keeps the three records in one partition, in this order
      send(
          producer,
          good,
          Articles.minimal(
              good,
              "Kremlin spokesman Dmitry Peskov said a ceasefire in Ukraine was possible.",
              "title",
              "Talks in Riyadh"));
      producer
          .send(
              new ProducerRecord<>(
                  topics.articles(), good, "not json".getBytes(StandardCharsets.UTF_8)))
          .get();
      send(
          producer,
          good,
          Articles.minimal(next, "Volodymyr Zelenskyy met Keir Starmer in London."));
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> tagged(good).isPresent() && tagged(next).isPresent());
    JsonNode article = tagged(good).orElseThrow();
    assertThat(article.get("language").asText()).isEqualTo("en");
    assertThat(article.get("entities").findValuesAsText("name"))
        .contains("Dmitry Peskov", "Ukraine", "Kremlin", "Riyadh");
    assertThat(article.get("tags").toString()).contains("topic:ceasefire");
    assertThat(article.get("topics").toString()).contains("iptc:conflict-war-peace");
    assertThat(tagged(next).orElseThrow().get("entities").findValuesAsText("name"))
        .contains("Volodymyr Zelensky", "Keir Starmer", "London");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              ConsumerRecord<String, byte[]> dead =
                  TopicReader.readAll(clients, topics.dlq()).stream()
                      .filter(r -> good.equals(r.key()))
                      .findFirst()
                      .orElseThrow();
              assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
              assertThat(CloudEvents.header(dead.headers(), "dlq.stage")).isEqualTo("tagger");
              assertThat(CloudEvents.header(dead.headers(), "dlq.topic"))
                  .isEqualTo(topics.articles());
              assertThat(CloudEvents.header(dead.headers(), "dlq.offset")).isNotNull();
              assertThat(CloudEvents.header(dead.headers(), "dlq.error")).contains("not JSON");
            });
  }

  @Test
  void shouldListAddAndRemoveRulesWithTheAdminKey() {
    given().get("/api/rules").then().statusCode(200).body("id", hasItem("iptc-11000000"));
    String id = "api-" + RUN;
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("id", id, "query", "harbour", "tag", "topic:harbour"))
        .post("/api/rules")
        .then()
        .statusCode(401);
    admin()
        .body(Map.of("id", id, "query", "harbour AND \"grain corridor\"~3", "tag", "topic:harbour"))
        .post("/api/rules")
        .then()
        .statusCode(201)
        .body("tag", equalTo("topic:harbour"));
    admin()
        .body(Map.of("id", id + "-bad", "query", "(harbour", "tag", "x"))
        .post("/api/rules")
        .then()
        .statusCode(400);
    given().get("/api/rules").then().body("id", hasItem(id));
    admin().delete("/api/rules/" + id).then().statusCode(204);
    admin().delete("/api/rules/iptc-11000000").then().statusCode(409);
    given().get("/api/rules").then().body("id", not(hasItem(id)));
  }

  private static RequestSpecification admin() {
    return given().header("X-API-Key", "test-admin-key").contentType(ContentType.JSON);
  }

  private void send(KafkaProducer<String, byte[]> producer, String key, Map<String, Object> json)
      throws Exception {
    producer
        .send(
            new ProducerRecord<>(
                topics.articles(), key, Json.write(json).getBytes(StandardCharsets.UTF_8)))
        .get();
  }

  private Optional<JsonNode> tagged(String id) throws Exception {
    List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(clients, topics.tagged());
    for (ConsumerRecord<String, byte[]> record : records) {
      JsonNode node = Json.mapper().readTree(record.value());
      if (id.equals(node.path("id").asText())) {
        return Optional.of(node);
      }
    }
    return Optional.empty();
  }
}
