package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.article.Articles;
import io.newsflow.article.Json;
import io.newsflow.dedup.DedupCorpus.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole evaluation stream through the Kafka Streams topology ({@link TopologyTestDriver}):
 * every verdict is the one {@link BatchDeduplicator} gives, as the {@code dedup} command's contract
 * says.
 */
class DedupCorpusTopologyTest {

  @TempDir Path stateDir;

  @Test
  void shouldDecideTheCorpusAsTheBatchDeduplicatorDoes() throws Exception {
    DedupCorpus corpus = DedupCorpus.load();
    Map<String, Verdict> expected = DedupEvaluationTest.decide(corpus.stream());
    DedupTopology.Topics topics =
        DedupTopology.Topics.of("dedup-corpus", "tagged", "unique", "duplicates", "dlq");
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-corpus");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    List<Verdict> decided = new ArrayList<>();
    try (TopologyTestDriver driver =
        new TopologyTestDriver(
            DedupTopology.build(
                topics,
                DedupSettings.defaults(),
                1_000_000,
                "/newsflow/dedup/corpus",
                new SimpleMeterRegistry()),
            props)) {
      TestInputTopic<String, byte[]> tagged =
          driver.createInputTopic(
              topics.tagged(), new StringSerializer(), new ByteArraySerializer());
      for (Item item : corpus.stream()) {
        tagged.pipeInput(new TestRecord<>(item.id(), json(item), DedupEvaluationTest.ARRIVAL));
      }
      for (String topic : List.of(topics.unique(), topics.duplicates())) {
        TestOutputTopic<String, byte[]> out =
            driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
        for (TestRecord<String, byte[]> record : out.readRecordsToList()) {
          decided.add(verdict(record));
        }
      }
      assertThat(
              driver
                  .createOutputTopic(
                      topics.dlq(), new StringDeserializer(), new ByteArrayDeserializer())
                  .isEmpty())
          .isTrue();
    }
    assertThat(decided).containsExactlyInAnyOrderElementsOf(expected.values());
  }

  /** The item as the tagger writes it: a schema-v1 article with its entity names. */
  private static byte[] json(Item item) {
    return Json.write(
            Articles.minimal(
                item.id(),
                item.text(),
                "url",
                item.url(),
                "canonicalUrl",
                item.url(),
                "title",
                item.title(),
                "publishedAt",
                item.publishedAt().toString(),
                "entities",
                item.entities()))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Verdict verdict(TestRecord<String, byte[]> record) throws Exception {
    JsonNode dedup = Json.mapper().readTree(record.value()).get("dedup");
    return new Verdict(
        record.key(),
        DedupStatus.valueOf(dedup.get("status").asText().toUpperCase(Locale.ROOT)),
        dedup.get("duplicateOf").isNull() ? null : dedup.get("duplicateOf").asText(),
        dedup.get("similarity").asDouble(),
        dedup.get("storyId").asText());
  }
}
