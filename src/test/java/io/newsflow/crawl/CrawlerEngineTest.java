package io.newsflow.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.article.Article;
import io.newsflow.article.ArticleSerde;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaTestResource;
import io.newsflow.kafka.NamedTopics;
import io.newsflow.kafka.TopicReader;
import io.newsflow.source.Source;
import io.newsflow.source.SourceType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawler against a real broker and real loopback HTTP servers. */
class CrawlerEngineTest {

  private static final Duration MIN_DELAY = Duration.ofMillis(100);

  @TempDir Path dir;

  private final List<AutoCloseable> closing = new ArrayList<>();
  private KafkaClients clients;
  private NamedTopics topics;

  @BeforeEach
  void setUp() throws Exception {
    clients =
        new KafkaClients(Map.of("bootstrap.servers", KafkaTestResource.bootstrapServers()), 0);
    topics = NamedTopics.fresh().create(clients);
  }

  @AfterEach
  void tearDown() throws Exception {
    for (int i = closing.size() - 1; i >= 0; i--) {
      closing.get(i).close();
    }
  }

  private <T extends AutoCloseable> T closeLater(T closeable) {
    closing.add(closeable);
    return closeable;
  }

  private CrawlerEngine engine(String instance, List<Source> sources) {
    CrawlSettings settings =
        CrawlSettings.defaults("newsflow-test-" + instance + "/1.0").toBuilder()
            .minDelay(MIN_DELAY)
            .allowPrivateAddresses(true)
            .build();
    CrawlerEngine engine =
        new CrawlerEngine(
            new CrawlerEngine.Options(instance, topics.prefix() + "crawler", 100, 2),
            new CrawlerEngine.Topics(
                topics.crawlTasks(), topics.articles(), topics.crawlEvents(), topics.dlq()),
            clients,
            () -> sources,
            PoliteFetcher.create(settings),
            4,
            new ArticleExtractor(),
            new SeenUrls(dir.resolve(instance + "-seen"), 10_000),
            new SimpleMeterRegistry());
    engine.start();
    return closeLater(engine);
  }

  private static Source feed(String id, URI url) {
    return new Source(
        id,
        SourceType.FEED,
        url.toString(),
        Duration.ofHours(1),
        true,
        List.of(),
        List.of(),
        List.of());
  }

  private List<Article> articles() {
    ArticleSerde serde = new ArticleSerde();
    return TopicReader.readAll(clients, topics.articles()).stream()
        .map(r -> serde.deserialize(r.topic(), r.value()))
        .toList();
  }

  @Test
  void shouldPublishEveryArticleOfAFeedOnceWithHeaders() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 5));
    engine("a", List.of(feed("fixture", site.feed())));

    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 5);

    List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(clients, topics.articles());
    assertThat(articles())
        .extracting(Article::url)
        .containsExactlyInAnyOrderElementsOf(site.articles.stream().map(URI::toString).toList());
    assertThat(articles()).allSatisfy(a -> assertThat(a.sourceId()).isEqualTo("fixture"));
    assertThat(records)
        .allSatisfy(
            r -> {
              assertThat(r.key())
                  .isEqualTo(new ArticleSerde().deserialize(r.topic(), r.value()).id());
              assertThat(CloudEvents.header(r.headers(), "ce_type"))
                  .isEqualTo("io.newsflow.article.extracted.v1");
            });
  }

  @Test
  void shouldSpaceRequestsToOneHostByTheMinimumDelay() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 4));
    engine("a", List.of(feed("fixture", site.feed())));

    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 4);

    List<FixtureServer.Seen> seen = site.server.requests();
    for (int i = 1; i < seen.size(); i++) {
      assertThat(Duration.ofNanos(seen.get(i).arrivedNanos() - seen.get(i - 1).arrivedNanos()))
          .as("gap before %s", seen.get(i).path())
          .isGreaterThanOrEqualTo(MIN_DELAY.minusMillis(5));
    }
    assertThat(site.server.maxConcurrentRequests()).isEqualTo(1);
  }

  @Test
  void shouldPublishNothingAgainAfterARestart() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 3));
    List<Source> sources = List.of(feed("fixture", site.feed()));
    CrawlerEngine first = engine("a", sources);
    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 3);
    first.close();

    CrawlerEngine second = engine("a", sources);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> second.status().of("fixture").lastSuccessAt() != null);

    assertThat(second.status().of("fixture").itemsFound()).isZero();
    assertThat(articles()).hasSize(3);
  }

  @Test
  void shouldCrawlEachHostFromOneInstanceWhenTwoShareTheWork() throws Exception {
    List<NewsSite> sites = new ArrayList<>();
    List<Source> sources = new CopyOnWriteArrayList<>();
    CrawlerEngine a = engine("a", sources);
    CrawlerEngine b = engine("b", sources);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !a.ownedPartitions().isEmpty()
                    && !b.ownedPartitions().isEmpty()
                    && a.ownedPartitions().size() + b.ownedPartitions().size() == 4);
    for (int i = 2; i <= 5; i++) {
      NewsSite site = closeLater(new NewsSite("127.0.0." + i, 3));
      sites.add(site);
      sources.add(feed("site" + i, site.feed()));
    }

    await().atMost(Duration.ofSeconds(90)).until(() -> articles().size() >= 12);

    assertThat(articles()).extracting(Article::id).doesNotHaveDuplicates().hasSize(12);
    assertThat(a.ownedPartitions()).isNotEmpty().doesNotContainAnyElementsOf(b.ownedPartitions());
    for (NewsSite site : sites) {
      Set<String> agents =
          site.server.requests().stream()
              .map(s -> s.header("User-Agent"))
              .collect(Collectors.toSet());
      assertThat(agents).as("agents crawling %s", site.host).hasSize(1);
    }
  }

  @Test
  void shouldDeadLetterAnUnreadableTaskAndGoOn() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 1));
    engine("a", List.of());
    try (KafkaProducer<String, byte[]> producer = clients.producer("test")) {
      producer
          .send(
              new ProducerRecord<>(
                  topics.crawlTasks(), "127.0.0.1", "{not json".getBytes(StandardCharsets.UTF_8)))
          .get();
      String task =
          "{\"url\":\""
              + site.articles.get(0)
              + "\",\"sourceId\":\"manual\",\"discoveredAt\":\"2025-03-01T00:00:00Z\"}";
      producer
          .send(
              new ProducerRecord<>(
                  topics.crawlTasks(), "127.0.0.1", task.getBytes(StandardCharsets.UTF_8)))
          .get();
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !TopicReader.readAll(clients, topics.dlq()).isEmpty());

    ConsumerRecord<String, byte[]> dead = TopicReader.readAll(clients, topics.dlq()).get(0);
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(CloudEvents.header(dead.headers(), "dlq.stage")).isEqualTo("crawler");
    assertThat(CloudEvents.header(dead.headers(), "dlq.error")).startsWith("unreadable crawl task");
    assertThat(CloudEvents.header(dead.headers(), "dlq.topic")).isEqualTo(topics.crawlTasks());
    assertThat(CloudEvents.header(dead.headers(), "ce_type"))
        .isEqualTo("io.newsflow.deadletter.v1");
  }

  @Test
  void shouldCrawlTheNewsSitemapOfASitemapIndex() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 2));
    String index =
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>"
            + site.server.url("/sitemap-news.xml")
            + "</loc></sitemap></sitemapindex>";
    StringBuilder urls = new StringBuilder();
    for (URI article : site.articles) {
      urls.append("<url><loc>")
          .append(article)
          .append("</loc><news:news><news:publication>")
          .append(
              "<news:name>Fixture</news:name><news:language>en</news:language></news:publication>")
          .append(
              "<news:publication_date>2025-03-01</news:publication_date><news:title>T</news:title>")
          .append("</news:news></url>");
    }
    String news =
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
            + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
            + urls
            + "</urlset>";
    site.server.on("/sitemap.xml", e -> FixtureServer.send(e, 200, "application/xml", index));
    site.server.on("/sitemap-news.xml", e -> FixtureServer.send(e, 200, "application/xml", news));
    Source sitemap =
        new Source(
            "maps",
            SourceType.SITEMAP,
            site.server.url("/sitemap.xml").toString(),
            Duration.ofHours(1),
            true,
            List.of(),
            List.of(),
            List.of());

    engine("a", List.of(sitemap));

    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 2);
    assertThat(articles()).extracting(Article::sourceId).containsOnly("maps");
  }

  @Test
  void shouldNeverFetchWhatRobotsTxtDisallows() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 3));
    site.server.on(
        "/robots.txt",
        e -> FixtureServer.send(e, 200, "text/plain", "User-agent: *\nDisallow: /news/2.html\n"));

    engine("a", List.of(feed("fixture", site.feed())));

    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 2);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TopicReader.readAll(clients, topics.crawlEvents()).stream()
                    .anyMatch(
                        r ->
                            new String(r.value(), StandardCharsets.UTF_8)
                                .contains("robots-denied")));
    assertThat(articles()).extracting(Article::url).doesNotContain(site.articles.get(1).toString());
    assertThat(site.server.requests("/news/2.html")).isEmpty();
  }

  @Test
  void shouldDecodeALatin1PageByItsHttpCharset() throws Exception {
    NewsSite site = closeLater(new NewsSite("127.0.0.1", 0));
    String page =
        NewsSite.article("Zürich Straßenbahn", 1)
            .replace("according to", "laut Zürcher Behörden, according to");
    site.server.on(
        "/news/latin1.html",
        e ->
            FixtureServer.send(
                e,
                200,
                "text/html; charset=iso-8859-1",
                page.getBytes(StandardCharsets.ISO_8859_1)));
    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>l</title><item><link>"
            + site.server.url("/news/latin1.html")
            + "</link></item></channel></rss>";
    site.server.on("/latin1.xml", e -> FixtureServer.send(e, 200, "application/rss+xml", feed));

    engine("a", List.of(feed("latin1", site.server.url("/latin1.xml"))));

    await().atMost(Duration.ofSeconds(60)).until(() -> articles().size() >= 1);
    assertThat(articles().get(0).text()).contains("laut Zürcher Behörden").doesNotContain("\uFFFD");
  }
}
