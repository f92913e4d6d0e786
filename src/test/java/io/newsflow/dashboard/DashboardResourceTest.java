package io.newsflow.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.newsflow.article.Json;
import io.newsflow.crawl.CrawlEvent;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's API on the real broker, with topics of its own: records produced here come back
 * as articles, verdicts, source health, rates and lag.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(DashboardResourceTest.OwnTopics.class)
class DashboardResourceTest {

  static final String GROUP = "dash-test-group";

  /** Only the dashboard runs, on topics of this test class, measuring one group of its own. */
  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "newsflow.roles", "dashboard",
          "newsflow.topics.articles", "dash-test.articles",
          "newsflow.topics.tagged", "dash-test.articles.tagged",
          "newsflow.topics.unique", "dash-test.articles.unique",
          "newsflow.topics.duplicates", "dash-test.articles.duplicates",
          "newsflow.topics.crawl-events", "dash-test.crawl.events",
          "newsflow.topics.dlq", "dash-test.dlq",
          "newsflow.dashboard.groups", GROUP,
          "newsflow.dashboard.lag-interval", "PT0.5S",
          "newsflow.dashboard.push-interval", "PT0.2S");
    }
  }

  private static boolean produced;

  @Inject KafkaClients clients;
  @Inject KafkaLifecycle lifecycle;
  @Inject TopicsConfig topics;

  @TestHTTPResource("/api/stream")
  URL stream;

  @BeforeEach
  void produceOnce() throws Exception {
    synchronized (DashboardResourceTest.class) {
      if (produced) {
        return;
      }
      lifecycle.topicsReady().get(60, TimeUnit.SECONDS);
      try (KafkaProducer<String, byte[]> producer = clients.producer("dashboard-test")) {
        Map<String, Object> original =
            article(
                "a-1",
                "Harbour reopens",
                "source-one",
                "en",
                List.of("topic:harbour"),
                "Anna Berg");
        Map<String, Object> copy =
            article("a-2", "Hafen wieder offen", "source-two", "de", List.of(), "Anna Berg");
        send(producer, topics.articles(), "a-1", original);
        send(producer, topics.tagged(), "a-1", original);
        send(producer, topics.tagged(), "a-2", copy);
        send(producer, topics.unique(), "a-1", withDedup(original, "unique", null, null));
        send(producer, topics.duplicates(), "a-2", withDedup(copy, "near", "a-1", 0.91));
        producer.send(new ProducerRecord<>(topics.dlq(), "bad", new byte[] {1, 2})).get();
        producer
            .send(
                new ProducerRecord<>(
                    topics.tagged(), "bad", "not json".getBytes(StandardCharsets.UTF_8)))
            .get();
        Instant now = Instant.now();
        event(producer, now.minusSeconds(50), "fetched", null, null);
        event(producer, now.minusSeconds(40), "not-modified", 304, null);
        event(producer, now.minusSeconds(30), "robots-denied", null, "disallowed");
        event(producer, now.minusSeconds(20), "published", null, null);
        event(producer, now.minusSeconds(10), "http-error", 500, "server error");
      }
      // the group has consumed nothing of the articles topic: its one record is its lag
      try (KafkaConsumer<String, byte[]> consumer = clients.consumer(GROUP, "dashboard-test")) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new LinkedHashMap<>();
        consumer
            .partitionsFor(topics.articles())
            .forEach(
                p ->
                    offsets.put(
                        new TopicPartition(topics.articles(), p.partition()),
                        new OffsetAndMetadata(0)));
        consumer.commitSync(offsets);
      }
      produced = true;
    }
  }

  @Test
  void shouldListArticlesNewestFirstAndFilterThem() {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> given().get("/api/articles").then().body("total", equalTo(2)));
    given()
        .get("/api/articles")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo("a-2"))
        .body("items[1].dedup.status", equalTo("unique"));
    given()
        .queryParam("language", "de")
        .get("/api/articles")
        .then()
        .body("items.id", equalTo(List.of("a-2")));
    given()
        .queryParam("source", "source-one")
        .get("/api/articles")
        .then()
        .body("items.id", equalTo(List.of("a-1")));
    given()
        .queryParam("tag", "topic:harbour")
        .get("/api/articles")
        .then()
        .body("items.id", equalTo(List.of("a-1")));
    given().queryParam("entity", "anna berg").get("/api/articles").then().body("total", equalTo(2));
    given()
        .queryParam("size", "1")
        .queryParam("page", "1")
        .get("/api/articles")
        .then()
        .body("items.id", equalTo(List.of("a-1")))
        .body("total", equalTo(2));
  }

  @Test
  void shouldShowOneArticleWithItsVerdict() {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .get("/api/articles/a-2")
                    .then()
                    .statusCode(200)
                    .body("dedup.status", equalTo("near"))
                    .body("dedup.duplicateOf", equalTo("a-1"))
                    .body("dedup.similarity", equalTo(0.91f))
                    .body("text", containsString("Anna Berg")));
    given()
        .get("/api/articles/no-such-article")
        .then()
        .statusCode(404)
        .body("error", notNullValue());
  }

  @Test
  void shouldAnswerBadParametersWith400AndTheReason() {
    for (Map.Entry<String, String> bad :
        Map.of(
                "page", "-1",
                "size", "0",
                "language", "<script>")
            .entrySet()) {
      given()
          .queryParam(bad.getKey(), bad.getValue())
          .get("/api/articles")
          .then()
          .statusCode(400)
          .body("error", containsString(bad.getKey()));
    }
    given()
        .queryParam("size", "1000")
        .get("/api/articles")
        .then()
        .statusCode(400)
        .body("error", containsString("between 1 and 200"));
    given()
        .queryParam("page", "two")
        .get("/api/articles")
        .then()
        .statusCode(400)
        .body("error", containsString("whole number"));
    given().queryParam("source", "x".repeat(300)).get("/api/articles").then().statusCode(400);
  }

  @Test
  void shouldBuildSourceHealthFromCrawlEvents() {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .get("/api/stats/sources/source-one")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("failing"))
                    .body("lastError", equalTo("http-error 500: server error"))
                    .body("fetchesByOutcome.published", equalTo(1))
                    .body("notModifiedShare", equalTo(0.5f))
                    .body("robotsDenials", equalTo(1))
                    .body("lastNewItemAt", notNullValue()));
    given().get("/api/stats/sources").then().statusCode(200).body("id", hasItem("demo"));
    given().get("/api/stats/sources/nowhere").then().statusCode(404);
  }

  @Test
  void shouldCountEachStreamAndMeasureLag() {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .get("/api/stats/pipeline")
                    .then()
                    .statusCode(200)
                    .body("totals.crawled", equalTo(5))
                    .body("totals.extracted", equalTo(1))
                    .body("totals.tagged", equalTo(3))
                    .body("totals.unique", equalTo(1))
                    .body("totals.duplicate", equalTo(1))
                    .body("totals.deadLettered", equalTo(1))
                    .body("perMinute.tagged.size()", equalTo(60))
                    .body("lag.find { it.group == '" + GROUP + "' }.records", equalTo(1)));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/q/metrics")
                    .then()
                    .body(
                        containsString("newsflow_kafka_consumer_lag{group=\"" + GROUP + "\"} 1.0"))
                    .body(
                        containsString(
                            "newsflow_kafka_consumer_lag_seconds{group=\"" + GROUP + "\"}"))
                    .body(
                        containsString(
                            "newsflow_dashboard_unreadable_total{topic=\"dash-test.articles.tagged\"}"
                                + " 1.0")));
  }

  @Test
  void shouldReportTopEntitiesTagsAndDuplicateRates() {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .get("/api/stats/content")
                    .then()
                    .statusCode(200)
                    .body("entities[0].name", equalTo("Anna Berg"))
                    .body("entities[0].articles", equalTo(2))
                    .body("tags.name", hasItem("topic:harbour"))
                    .body("judged", equalTo(2))
                    .body("nearRate", equalTo(0.5f))
                    .body("exactRate", equalTo(0.0f)));
  }

  @Test
  void shouldStreamSnapshotsAsServerSentEvents() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<Stream<String>> response =
        http.sendAsync(
                HttpRequest.newBuilder(URI.create(stream.toString()))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(30, TimeUnit.SECONDS);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    Optional<String> data;
    try (Stream<String> lines = response.body()) {
      data = lines.filter(line -> line.startsWith("data:")).findFirst();
    }
    assertThat(data).isPresent();
    var snapshot = Json.mapper().readTree(data.get().substring("data:".length()));
    assertThat(snapshot.path("pipeline").path("perMinute").has("crawled")).isTrue();
    assertThat(snapshot.path("sources").isArray()).isTrue();
    assertThat(snapshot.has("articlesVersion")).isTrue();
  }

  @Test
  void shouldServeThePageWithAStrictContentSecurityPolicyAndDocumentTheApi() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("default-src 'none'"))
        .body(containsString("/webjars/chart.js/"));
    given().get("/webjars/chart.js/4.4.1/dist/chart.umd.js").then().statusCode(200);
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/articles/{id}"))
        .body(containsString("/api/stats/pipeline"));
  }

  private static Map<String, Object> article(
      String id, String title, String source, String language, List<String> tags, String entity) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("schemaVersion", 1);
    article.put("id", id);
    article.put("url", "https://example.org/" + id);
    article.put("canonicalUrl", "https://example.org/" + id);
    article.put("sourceId", source);
    article.put("fetchedAt", Instant.now().toString());
    article.put("title", title);
    article.put("text", entity + " said the harbour reopened.\n\nShips sailed again.");
    article.put("language", language);
    article.put(
        "entities",
        List.of(
            Map.of(
                "name",
                entity,
                "type",
                "person",
                "mentions",
                List.of(entity),
                "count",
                1,
                "firstOffset",
                0)));
    article.put("tags", tags);
    article.put("topics", List.of());
    article.put("keywords", List.of("harbour"));
    return article;
  }

  private static Map<String, Object> withDedup(
      Map<String, Object> article, String status, String duplicateOf, Double similarity) {
    Map<String, Object> copy = new LinkedHashMap<>(article);
    Map<String, Object> dedup = new LinkedHashMap<>();
    dedup.put("status", status);
    dedup.put("duplicateOf", duplicateOf);
    dedup.put("similarity", similarity);
    dedup.put("storyId", "a-1");
    copy.put("dedup", dedup);
    return copy;
  }

  private void event(
      KafkaProducer<String, byte[]> producer,
      Instant time,
      String outcome,
      Integer status,
      String reason)
      throws Exception {
    CrawlEvent event =
        new CrawlEvent(
            time,
            "source-one",
            "https://example.org/feed",
            outcome,
            status,
            reason,
            null,
            12L,
            100L);
    producer
        .send(
            new ProducerRecord<>(
                topics.crawlEvents(),
                null,
                time.toEpochMilli(),
                "example.org",
                Json.write(event).getBytes(StandardCharsets.UTF_8)))
        .get();
  }

  private static void send(
      KafkaProducer<String, byte[]> producer, String topic, String key, Map<String, Object> value)
      throws Exception {
    producer
        .send(new ProducerRecord<>(topic, key, Json.write(value).getBytes(StandardCharsets.UTF_8)))
        .get();
  }
}
