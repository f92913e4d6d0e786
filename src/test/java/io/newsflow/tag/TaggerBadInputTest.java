package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Bad input on the tagger's input topic (articles): malformed JSON, a wrong schema, an oversized
 * record and a record without a value each go to the dead-letter topic with the reason and are
 * counted, and the good article after them is tagged.
 */
class TaggerBadInputTest {

  @Test
  void shouldDeadLetterMalformedWrongAndOversizedArticlesAndTagTheNext() throws Exception {
    KafkaClients clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    NamedTopics topics = NamedTopics.fresh().create(clients);
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    Map<String, Object> noText = new LinkedHashMap<>(Articles.minimal("no-text", "x"));
    noText.remove("text");
    String oversized = Json.write(Articles.minimal("big", "word ".repeat(1_000)));
    List<byte[]> values =
        java.util.Arrays.asList(
            "{\"id\": \"broken".getBytes(StandardCharsets.UTF_8),
            Json.write(noText).getBytes(StandardCharsets.UTF_8),
            Json.write(Map.of("id", "old", "text", "An article of no known schema."))
                .getBytes(StandardCharsets.UTF_8),
            oversized.getBytes(StandardCharsets.UTF_8),
            null,
            Json.write(Articles.minimal("good", "Talks in Geneva went on."))
                .getBytes(StandardCharsets.UTF_8));
    try (KafkaProducer<String, byte[]> producer = clients.producer("test")) {
      for (byte[] value : values) {
        producer.send(new ProducerRecord<>(topics.articles(), "one-key", value)).get();
      }
    }

    RuleMatcher rules = new RuleMatcher();
    try (rules;
        TaggerEngine engine =
            new TaggerEngine(
                new TaggerEngine.Options("bad", topics.prefix() + "tagger", 100, 2_000),
                new TaggerEngine.Topics(topics.articles(), topics.tagged(), topics.dlq()),
                clients,
                new TaggedJson(
                    new Tagger(
                        new LanguageDetection(List.of("en", "de")),
                        Gazetteer.builtIn(),
                        rules,
                        new KeywordExtractor(1000),
                        5)),
                metrics)) {
      engine.start();

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> TopicReader.readAll(clients, topics.tagged()).size() == 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> TopicReader.readAll(clients, topics.dlq()).size() == 5);

      assertThat(
              Json.mapper()
                  .readTree(TopicReader.readAll(clients, topics.tagged()).get(0).value())
                  .get("id")
                  .asText())
          .isEqualTo("good");
      List<ConsumerRecord<String, byte[]>> dead = TopicReader.readAll(clients, topics.dlq());
      assertThat(dead)
          .extracting(r -> CloudEvents.header(r.headers(), "dlq.error"))
          .containsExactly(
              "not JSON: Unexpected end-of-input in VALUE_STRING",
              "wrong schema: missing required field text",
              "wrong schema: missing required field schemaVersion",
              "oversized record: "
                  + oversized.length()
                  + " bytes, more than "
                  + "newsflow.tag.max-record-bytes=2000",
              "wrong schema: a record without a value");
      assertThat(dead)
          .extracting(r -> CloudEvents.header(r.headers(), "dlq.offset"))
          .containsExactly("0", "1", "2", "3", "4");
      assertThat(dead)
          .allSatisfy(
              r -> assertThat(CloudEvents.header(r.headers(), "dlq.stage")).isEqualTo("tagger"));
      Map<String, Double> rejected =
          metrics.find("newsflow.input.rejected").tag("stage", "tagger").counters().stream()
              .collect(Collectors.toMap(c -> c.getId().getTag("reason"), c -> c.count()));
      assertThat(rejected)
          .containsEntry("malformed", 1.0)
          .containsEntry("schema", 3.0)
          .containsEntry("oversized", 1.0);
    }
  }
}
