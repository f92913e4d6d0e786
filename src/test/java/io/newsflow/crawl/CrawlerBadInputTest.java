package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.NamedTopics;
import io.newsflow.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the crawler's input topic (crawl tasks): malformed JSON, a wrong schema and an
 * oversized record each go to the dead-letter topic with the reason and are counted, and the good
 * task after them is crawled.
 */
class CrawlerBadInputTest {

  @TempDir Path dir;

  @Test
  void shouldDeadLetterMalformedWrongAndOversizedTasksAndCrawlTheNext() throws Exception {
    KafkaClients clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    String oversized =
        "{\"url\":\"https://news.example.com/"
            + "a".repeat(2_000)
            + "\",\"sourceId\":\"s\",\"discoveredAt\":\"2025-03-01T00:00:00Z\"}";
    try (NewsSite site = new NewsSite("127.0.0.1", 1);
        CrawlerEngine engine =
            new CrawlerEngine(
                new CrawlerEngine.Options("bad", topics.prefix() + "crawler", 100, 1, 1_000),
                new CrawlerEngine.Topics(
                    topics.crawlTasks(), topics.articles(), topics.crawlEvents(), topics.dlq()),
                clients,
                List::of,
                PoliteFetcher.create(
                    CrawlSettings.defaults("newsflow-test/1.0").toBuilder()
                        .minDelay(Duration.ofMillis(10))
                        .allowPrivateAddresses(true)
                        .build()),
                2,
                new ArticleExtractor(),
                new SeenUrls(dir.resolve("seen"), 1_000),
                metrics)) {
      engine.start();
      try (KafkaProducer<String, byte[]> producer = clients.producer("test")) {
        // one key, so one partition: the good task comes after the bad ones
        for (String value :
            List.of(
                "{not json",
                "{\"url\":\"ftp://news.example.com/x\",\"sourceId\":\"s\","
                    + "\"discoveredAt\":\"2025-03-01T00:00:00Z\"}",
                oversized,
                "{\"url\":\""
                    + site.articles.get(0)
                    + "\",\"sourceId\":\"manual\",\"discoveredAt\":\"2025-03-01T00:00:00Z\"}")) {
          producer
              .send(
                  new ProducerRecord<>(
                      topics.crawlTasks(), "127.0.0.1", value.getBytes(StandardCharsets.UTF_8)))
              .get();
        }
      }

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> TopicReader.readAll(clients, topics.articles()).size() == 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> TopicReader.readAll(clients, topics.dlq()).size() == 3);

      List<ConsumerRecord<String, byte[]>> dead = TopicReader.readAll(clients, topics.dlq());
      assertThat(dead)
          .extracting(r -> CloudEvents.header(r.headers(), "dlq.error"))
          .satisfiesExactlyInAnyOrder(
              e -> assertThat(e).startsWith("unreadable crawl task: not JSON"),
              e -> assertThat(e).contains("wrong schema: url is not an absolute http(s) URL"),
              e ->
                  assertThat(e)
                      .contains("oversized record: ")
                      .contains("newsflow.crawler.max-record-bytes=1000"));
      assertThat(dead)
          .allSatisfy(
              r -> {
                assertThat(CloudEvents.header(r.headers(), "dlq.stage")).isEqualTo("crawler");
                assertThat(CloudEvents.header(r.headers(), "dlq.topic"))
                    .isEqualTo(topics.crawlTasks());
              });
      assertThat(dead)
          .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
          .contains("{not json", oversized);
      Map<String, Double> rejected =
          metrics.find("newsflow.input.rejected").tag("stage", "crawler").counters().stream()
              .collect(Collectors.toMap(c -> c.getId().getTag("reason"), c -> c.count()));
      assertThat(rejected).containsEntry("malformed", 1.0).containsEntry("schema", 1.0);
      assertThat(rejected).containsEntry("oversized", 1.0);
      assertThat(metrics.counter("newsflow.dlq.records", "stage", "crawler").count())
          .isEqualTo(3.0);
    }
  }
}
