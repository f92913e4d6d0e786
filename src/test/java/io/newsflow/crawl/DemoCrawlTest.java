package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.article.Article;
import io.newsflow.article.ArticleSerde;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.TopicReader;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
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
}
