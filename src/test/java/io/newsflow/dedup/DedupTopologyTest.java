package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.article.Articles;
import io.newsflow.article.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupTopologyTest {

  static final DedupTopology.Topics TOPICS =
      DedupTopology.Topics.of("dedup-test", "tagged", "unique", "duplicates", "dlq");
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @TempDir Path stateDir;
  private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> tagged;
  private TestOutputTopic<String, byte[]> unique;
  private TestOutputTopic<String, byte[]> duplicates;
  private TestOutputTopic<String, byte[]> dlq;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedup-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver =
        new TopologyTestDriver(
            DedupTopology.build(
                TOPICS, DedupSettings.defaults(), 100_000, "/newsflow/dedup/test", metrics),
            props);
    tagged =
        driver.createInputTopic(TOPICS.tagged(), new StringSerializer(), new ByteArraySerializer());
    unique = output(TOPICS.unique());
    duplicates = output(TOPICS.duplicates());
    dlq = output(TOPICS.dlq());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private TestOutputTopic<String, byte[]> output(String topic) {
    return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** A tagged article: a schema-v1 article with a title and the tagger's entities. */
  static byte[] json(String id, String text, String... entities) {
    ObjectNode article =
        Json.mapper().valueToTree(Articles.minimal(id, text, "title", "Title " + id));
    var names = article.putArray("entities");
    for (String entity : entities) {
      names.addObject().put("name", entity).put("type", "organization").put("count", 2);
    }
    return Json.write(article).getBytes(StandardCharsets.UTF_8);
  }

  private void send(String id, byte[] value) {
    tagged.pipeInput(new TestRecord<>(id, value, NOW));
  }

  private static JsonNode dedup(TestRecord<String, byte[]> record) throws Exception {
    return Json.mapper().readTree(record.value()).get("dedup");
  }

  @Test
  void routesUniqueExactAndNearCopiesWithTheirVerdicts() throws Exception {
    send("a", json("a", BatchDeduplicatorTest.WIRE));
    send("b", json("b", BatchDeduplicatorTest.WIRE));
    send("c", json("c", "UPDATED: " + BatchDeduplicatorTest.WIRE.replace("Thursday", "Friday")));
    send("d", json("d", BatchDeduplicatorTest.OTHER));

    List<TestRecord<String, byte[]>> kept = unique.readRecordsToList();
    List<TestRecord<String, byte[]>> copies = duplicates.readRecordsToList();
    assertThat(kept).extracting(TestRecord::key).containsExactly("a", "d");
    assertThat(copies).extracting(TestRecord::key).containsExactly("b", "c");
    assertThat(dedup(kept.get(0)).get("status").asText()).isEqualTo("unique");
    assertThat(dedup(kept.get(0)).get("duplicateOf").isNull()).isTrue();
    assertThat(dedup(copies.get(0)).get("status").asText()).isEqualTo("exact");
    assertThat(dedup(copies.get(0)).get("duplicateOf").asText()).isEqualTo("a");
    assertThat(dedup(copies.get(1)).get("status").asText()).isEqualTo("near");
    assertThat(dedup(copies.get(1)).get("similarity").asDouble()).isBetween(0.8, 1.0);
    assertThat(dedup(copies.get(1)).get("storyId").asText()).isEqualTo("a");
    assertThat(Json.mapper().readTree(copies.get(1).value()).get("title").asText())
        .isEqualTo("Title c");
    assertThat(new String(copies.get(0).headers().lastHeader("ce_type").value()))
        .isEqualTo(VerdictProcessor.DUPLICATE_TYPE);
    assertThat(metrics.counter("newsflow.dedup.verdicts", "status", "near").count()).isEqualTo(1);
  }

  @Test
  void aReplayedArticleIsNotWrittenAgain() {
    send("a", json("a", BatchDeduplicatorTest.WIRE));
    send("a", json("a", BatchDeduplicatorTest.WIRE));

    assertThat(unique.readRecordsToList()).hasSize(1);
    assertThat(duplicates.isEmpty()).isTrue();
    assertThat(metrics.counter("newsflow.dedup.replays").count()).isEqualTo(1);
  }

  @Test
  void badInputGoesToTheDeadLetterTopicAndTheNextArticleIsDecided() {
    send("x", "{not json".getBytes(StandardCharsets.UTF_8));
    send("y", "{\"id\":\"y\"}".getBytes(StandardCharsets.UTF_8));
    send("z", json("z", "word ".repeat(30_000)));
    send("a", json("a", BatchDeduplicatorTest.WIRE));

    List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
    assertThat(dead).extracting(TestRecord::key).containsExactly("x", "y", "z");
    assertThat(dead)
        .extracting(record -> new String(record.headers().lastHeader("dlq.error").value()))
        .satisfiesExactly(
            reason -> assertThat(reason).startsWith("not JSON"),
            reason ->
                assertThat(reason).isEqualTo("wrong schema: missing required field schemaVersion"),
            reason ->
                assertThat(reason).contains("more than newsflow.dedup.max-record-bytes=100000"));
    assertThat(dead.get(0).value()).isEqualTo("{not json".getBytes(StandardCharsets.UTF_8));
    assertThat(new String(dead.get(0).headers().lastHeader("dlq.topic").value()))
        .isEqualTo("tagged");
    assertThat(unique.readRecordsToList()).extracting(TestRecord::key).containsExactly("a");
    assertThat(metrics.counter("newsflow.dlq.records", "stage", "dedup").count()).isEqualTo(3);
    assertThat(
            metrics
                .counter("newsflow.input.rejected", "stage", "dedup", "reason", "oversized")
                .count())
        .isEqualTo(1);
  }

  @Test
  void decidesAsTheBatchDeduplicatorDoes() {
    List<DedupInput> inputs = new ArrayList<>();
    String[] texts = {
      BatchDeduplicatorTest.WIRE,
      BatchDeduplicatorTest.OTHER,
      BatchDeduplicatorTest.WIRE.replace("Thursday", "Wednesday"),
      BatchDeduplicatorTest.OTHER.toUpperCase(),
      BatchDeduplicatorTest.WIRE.substring(0, 200),
      "Read more: " + BatchDeduplicatorTest.OTHER + " Follow us on social media."
    };
    for (int i = 0; i < texts.length; i++) {
      inputs.add(
          new DedupInput("n" + i, texts[i], null, null, null, List.of("Bank", "Rain", "Economy")));
    }
    BatchDeduplicator batch = new BatchDeduplicator(DedupSettings.defaults(), NOW);
    List<Verdict> expected = new ArrayList<>();
    for (DedupInput input : inputs) {
      expected.add(batch.accept(input).orElseThrow());
      send(input.id(), json(input.id(), input.text(), "Bank", "Rain", "Economy"));
    }

    List<Verdict> decided = new ArrayList<>();
    for (var record : unique.readRecordsToList()) {
      decided.add(verdict(record));
    }
    for (var record : duplicates.readRecordsToList()) {
      decided.add(verdict(record));
    }
    assertThat(decided).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).extracting(Verdict::status).contains(DedupStatus.NEAR, DedupStatus.EXACT);
  }

  private static Verdict verdict(TestRecord<String, byte[]> record) {
    try {
      JsonNode dedup = dedup(record);
      return new Verdict(
          record.key(),
          DedupStatus.valueOf(dedup.get("status").asText().toUpperCase()),
          dedup.get("duplicateOf").isNull() ? null : dedup.get("duplicateOf").asText(),
          dedup.get("similarity").asDouble(),
          dedup.get("storyId").asText());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
