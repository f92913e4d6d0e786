package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Article;
import io.newsflow.article.ArticleSerde;
import io.newsflow.article.Json;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.TopicReader;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The service as shipped: the default sources file's offline demo flows into Kafka. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class DemoCrawlTest {

  @Inject KafkaClients clients;
  @Inject TopicsConfig topics;

  private List<Article> demoArticles() {
    ArticleSerde serde = new ArticleSerde();
    return TopicReader.readAll(clients, topics.articles()).stream()
        .map(r -> serde.deserialize(r.topic(), r.value()))
        .filter(a -> "demo".equals(a.sourceId()))
        .toList();
  }

  @Test
  void shouldPublishTheDemoArticlesWithoutTheDonationAppeal() {
    await().atMost(Duration.ofSeconds(90)).until(() -> demoArticles().size() >= 38);

    List<Article> articles = demoArticles();
    assertThat(articles).extracting(Article::id).doesNotHaveDuplicates();
    assertThat(articles)
        .filteredOn(a -> a.url().contains("the-harbour-gazette.example"))
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.text()).doesNotContain("Dear readers"));
  }

  /** The deduplicator's verdicts on the demo articles, by article id. */
  private Map<String, JsonNode> demoVerdicts() throws Exception {
    Map<String, JsonNode> verdicts = new HashMap<>();
    for (String topic : List.of(topics.unique(), topics.duplicates())) {
      for (var record : TopicReader.readAll(clients, topic)) {
        JsonNode article = Json.mapper().readTree(record.value());
        if ("demo".equals(article.path("sourceId").asText())) {
          verdicts.put(article.get("id").asText(), article.get("dedup"));
        }
      }
    }
    return verdicts;
  }

  @Test
  void shouldKeepOneArticleOfEachDemoDuplicateGroupAndMarkTheOthers() throws Exception {
    JsonNode truth;
    try (InputStream in = getClass().getResourceAsStream("/demo/truth.json")) {
      truth = Json.mapper().readTree(in);
    }
    // each truth article's group: the id of its original, or its own id
    await().atMost(Duration.ofSeconds(90)).until(() -> demoArticles().size() >= 38);
    Map<String, String> idByUrl = new HashMap<>();
    for (Article article : demoArticles()) {
      idByUrl.put(article.url(), article.id());
    }
    Map<String, String> group = new HashMap<>();
    for (JsonNode entry : truth) {
      if ("article".equals(entry.get("kind").asText())) {
        String id = idByUrl.get(entry.get("url").asText());
        JsonNode original = entry.get("duplicateOf");
        group.put(id, original.isNull() ? id : idByUrl.get(original.asText()));
      }
    }
    await().atMost(Duration.ofSeconds(120)).until(() -> demoVerdicts().size() >= group.size());

    Map<String, JsonNode> verdicts = demoVerdicts();
    assertThat(verdicts.keySet()).isEqualTo(group.keySet());
    Map<String, List<String>> members =
        group.keySet().stream().collect(Collectors.groupingBy(group::get));
    for (List<String> ids : members.values()) {
      Set<String> kept =
          ids.stream()
              .filter(id -> verdicts.get(id).get("status").asText().equals("unique"))
              .collect(Collectors.toSet());
      assertThat(kept).as("unique members of %s", ids).hasSize(1);
      for (String id : ids) {
        if (!kept.contains(id)) {
          assertThat(verdicts.get(id).get("duplicateOf").asText()).isIn(ids);
        }
      }
    }
    assertThat(members.values().stream().filter(ids -> ids.size() > 1)).hasSize(3);
  }
}
