package io.newsflow.dedup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

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
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The dedup role in the running application, through the real broker, on topics of its own. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(DedupServiceTest.OwnTopics.class)
class DedupServiceTest {

  /** Only the deduplicator runs, on topics of this test class. */
  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "newsflow.roles", "dedup",
          "newsflow.dedup.application-id", "dedup-service-test",
          "newsflow.topics.tagged", "dedup-test.articles.tagged",
          "newsflow.topics.unique", "dedup-test.articles.unique",
          "newsflow.topics.duplicates", "dedup-test.articles.duplicates",
          "newsflow.topics.dlq", "dedup-test.dlq");
    }
  }

  @Inject KafkaClients clients;
  @Inject KafkaLifecycle lifecycle;
  @Inject TopicsConfig topics;

  @Test
  void sendsEachArticleToUniqueOrDuplicatesAndBadInputToTheDeadLetterTopic() throws Exception {
    lifecycle.topicsReady().get();
    given().when().get("/q/health/ready").then().statusCode(200);
    try (KafkaProducer<String, byte[]> producer = clients.producer("dedup-service-test")) {
      send(producer, "wire-1", DedupTopologyTest.json("wire-1", BatchDeduplicatorTest.WIRE));
      send(producer, "broken", "{\"id\": 7".getBytes(StandardCharsets.UTF_8));
      send(producer, "flood", DedupTopologyTest.json("flood", BatchDeduplicatorTest.OTHER));
      // the copy only after its original was decided: records on different partitions have no
      // order between them
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> TopicReader.readAll(clients, topics.unique()).size() == 2);
      send(producer, "wire-2", DedupTopologyTest.json("wire-2", BatchDeduplicatorTest.WIRE));
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              assertThat(TopicReader.readAll(clients, topics.unique()))
                  .extracting(ConsumerRecord::key)
                  .containsExactlyInAnyOrder("wire-1", "flood");
              assertThat(TopicReader.readAll(clients, topics.duplicates()))
                  .extracting(ConsumerRecord::key)
                  .containsExactly("wire-2");
              assertThat(TopicReader.readAll(clients, topics.dlq()))
                  .extracting(ConsumerRecord::key)
                  .containsExactly("broken");
            });
    var copy = TopicReader.readAll(clients, topics.duplicates()).get(0);
    var dedup = Json.mapper().readTree(copy.value()).get("dedup");
    assertThat(dedup.get("status").asText()).isEqualTo("exact");
    assertThat(dedup.get("duplicateOf").asText()).isEqualTo("wire-1");
    assertThat(CloudEvents.header(copy.headers(), "ce_type"))
        .isEqualTo(VerdictProcessor.DUPLICATE_TYPE);
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("deduplicator"));
    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            org.hamcrest.Matchers.containsString(
                "newsflow_dedup_verdicts_total{status=\"exact\"}"));
  }

  private void send(KafkaProducer<String, byte[]> producer, String key, byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(topics.tagged(), key, value)).get();
  }
}
