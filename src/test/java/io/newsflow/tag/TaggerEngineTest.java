package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.article.Articles;
import io.newsflow.article.Json;
import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.NamedTopics;
import io.newsflow.kafka.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tagger consumer against a real broker. */
class TaggerEngineTest {

  private static RuleMatcher rules;
  private static TaggedJson tagged;

  @BeforeAll
  static void setUp() {
    rules = new RuleMatcher();
    rules.update(RuleFile.builtIn());
    tagged =
        new TaggedJson(
            new Tagger(
                new LanguageDetection(List.of("en", "de", "fr")),
                Gazetteer.builtIn(),
                rules,
                new KeywordExtractor(1000),
                5));
  }

  @AfterAll
  static void tearDown() {
    rules.close();
  }

  private static String article(String id, String text) {
    return Json.write(Articles.minimal(id, text));
  }

  @Test
  void shouldTagGoodRecordsDeadLetterBadOnesAndCommitAfterward() throws Exception {
    KafkaClients clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    String group = topics.prefix() + "tagger";
    try (KafkaProducer<String, byte[]> producer = clients.producer("test-feed")) {
      // one partition, so the bad record sits between the two good ones
      send(producer, topics, "first", article("first", "Vladimir Putin spoke in Moscow."));
      send(producer, topics, "first", "{broken".getBytes(StandardCharsets.UTF_8));
      send(producer, topics, "first", article("second", "Zelenskyy visited Kiev on Friday."));
    }

    try (TaggerEngine engine =
        new TaggerEngine(
            new TaggerEngine.Options("t1", group, 100),
            new TaggerEngine.Topics(topics.articles(), topics.tagged(), topics.dlq()),
            clients,
            tagged,
            new SimpleMeterRegistry())) {
      engine.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> TopicReader.readAll(clients, topics.tagged()).size() >= 2);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !TopicReader.readAll(clients, topics.dlq()).isEmpty());

      List<ConsumerRecord<String, byte[]>> out = TopicReader.readAll(clients, topics.tagged());
      assertThat(out).extracting(ConsumerRecord::key).containsExactly("first", "first");
      JsonNode second = Json.mapper().readTree(out.get(1).value());
      assertThat(second.get("id").asText()).isEqualTo("second");
      assertThat(second.get("entities").get(0).get("name").asText())
          .isEqualTo("Volodymyr Zelensky");
      assertThat(second.get("entities").get(1).get("name").asText()).isEqualTo("Kyiv");
      assertThat(CloudEvents.header(out.get(0).headers(), "ce_type")).isEqualTo(TaggerEngine.TYPE);

      ConsumerRecord<String, byte[]> dead = TopicReader.readAll(clients, topics.dlq()).get(0);
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{broken");
      assertThat(CloudEvents.header(dead.headers(), "dlq.stage")).isEqualTo("tagger");
      assertThat(CloudEvents.header(dead.headers(), "dlq.topic")).isEqualTo(topics.articles());
      assertThat(CloudEvents.header(dead.headers(), "dlq.offset")).isEqualTo("1");
      assertThat(CloudEvents.header(dead.headers(), "dlq.partition")).isNotNull();
      assertThat(CloudEvents.header(dead.headers(), "dlq.error")).contains("not JSON");

      int partition = dead.partition();
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(committed(clients, group, topics.articles(), partition)).isEqualTo(3));
    }
  }

  @Test
  void shouldShareThePartitionsBetweenInstancesOfOneGroup() throws Exception {
    KafkaClients clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    String group = topics.prefix() + "tagger";
    TaggerEngine.Topics names =
        new TaggerEngine.Topics(topics.articles(), topics.tagged(), topics.dlq());
    try (TaggerEngine one =
            new TaggerEngine(
                new TaggerEngine.Options("one", group, 100),
                names,
                clients,
                tagged,
                new SimpleMeterRegistry());
        TaggerEngine two =
            new TaggerEngine(
                new TaggerEngine.Options("two", group, 100),
                names,
                clients,
                tagged,
                new SimpleMeterRegistry())) {
      one.start();
      two.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  !one.assignedPartitions().isEmpty()
                      && !two.assignedPartitions().isEmpty()
                      && one.assignedPartitions().size() + two.assignedPartitions().size() == 4);
      assertThat(one.assignedPartitions()).doesNotContainAnyElementsOf(two.assignedPartitions());

      try (KafkaProducer<String, byte[]> producer = clients.producer("test-feed")) {
        for (int i = 0; i < 20; i++) {
          send(producer, topics, "k" + i, article("a" + i, "Talks in Geneva, round " + i + "."));
        }
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> TopicReader.readAll(clients, topics.tagged()).size() >= 20);
      assertThat(TopicReader.readAll(clients, topics.tagged()))
          .extracting(ConsumerRecord::key)
          .hasSize(20)
          .doesNotHaveDuplicates();
    }
  }

  private static void send(
      KafkaProducer<String, byte[]> producer, NamedTopics topics, String key, String json)
      throws Exception {
    send(producer, topics, key, json.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(
      KafkaProducer<String, byte[]> producer, NamedTopics topics, String key, byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(topics.articles(), key, value)).get();
  }

  private static long committed(KafkaClients clients, String group, String topic, int partition)
      throws Exception {
    try (Admin admin = clients.admin()) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata offset = offsets.get(new TopicPartition(topic, partition));
      return offset == null ? -1 : offset.offset();
    }
  }
}
