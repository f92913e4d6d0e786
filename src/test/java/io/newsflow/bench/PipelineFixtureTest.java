package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.article.Article;
import io.newsflow.article.ArticleIds;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.extract.ExtractionOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture's pages, fetched over loopback HTTP and extracted by the crawler's extractor. */
class PipelineFixtureTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static PipelineFixture fixture;
  private static Map<String, Article> articles;

  @BeforeAll
  static void serveAndExtract() throws Exception {
    fixture = new PipelineFixture(100, 3);
    ArticleExtractor extractor = new ArticleExtractor();
    articles = new HashMap<>();
    for (FixtureTruth.Page page : fixture.truth().pages().values()) {
      HttpResponse<byte[]> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(page.url())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      ExtractionOutcome outcome =
          extractor.extract(response.body(), page.url(), Map.of(), Instant.now());
      assertThat(outcome).as(page.url()).isInstanceOf(ExtractionOutcome.Extracted.class);
      Article article = ((ExtractionOutcome.Extracted) outcome).page().toArticle("fixture", "test");
      articles.put(page.id(), article);
    }
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void shouldPlantOneGroupPerTwentyFivePagesWithIdsTheCrawlerGives() {
    FixtureTruth truth = fixture.truth();

    assertThat(truth.size()).isEqualTo(100);
    assertThat(truth.groups()).hasSize(4);
    assertThat(truth.planted()).isEqualTo(2 + 3 + 2 + 3);
    articles.forEach((id, article) -> assertThat(article.id()).isEqualTo(id));
    assertThat(articles.values()).allSatisfy(a -> assertThat(a.wordCount()).isGreaterThan(200));
  }

  @Test
  void shouldGiveExactAndRestyledCopiesTheOriginalsNormalizedText() {
    for (List<String> group : fixture.truth().groups()) {
      String original = original(group);
      for (String id : group) {
        FixtureTruth.Kind kind = fixture.truth().pages().get(id).kind();
        if (kind == FixtureTruth.Kind.EXACT || kind == FixtureTruth.Kind.RESTYLED) {
          assertThat(articles.get(id).contentHash())
              .as(kind.name())
              .isEqualTo(articles.get(original).contentHash());
        }
        if (kind == FixtureTruth.Kind.RESTYLED) {
          assertThat(articles.get(id).text()).isNotEqualTo(articles.get(original).text());
        }
      }
    }
  }

  @Test
  void shouldKeepNearCopiesAboveAndDistinctStoriesFarBelowTheNearDuplicateThreshold() {
    int near = 0;
    for (List<String> group : fixture.truth().groups()) {
      String original = original(group);
      for (String id : group) {
        if (fixture.truth().pages().get(id).kind() == FixtureTruth.Kind.NEAR) {
          near++;
          assertThat(jaccard(articles.get(id), articles.get(original))).isBetween(0.85, 0.99);
        }
      }
    }
    assertThat(near).isPositive();
    List<Article> singles =
        fixture.truth().pages().values().stream()
            .filter(page -> page.kind() == FixtureTruth.Kind.SINGLE)
            .map(page -> articles.get(page.id()))
            .toList();
    double most = 0;
    for (int i = 0; i < singles.size(); i++) {
      for (int j = i + 1; j < singles.size(); j++) {
        most = Math.max(most, jaccard(singles.get(i), singles.get(j)));
      }
    }
    assertThat(most).isLessThan(0.3);
  }

  @Test
  void shouldListOnlyReleasedPagesInTheFeeds() throws Exception {
    assertThat(feedLinks()).isEmpty();

    fixture.release(0.5);
    assertThat(feedLinks()).hasSize(50);

    fixture.release(0.2);
    assertThat(feedLinks()).as("never fewer than before").hasSize(50);

    fixture.release(1);
    assertThat(feedLinks())
        .hasSize(100)
        .containsExactlyInAnyOrderElementsOf(
            fixture.truth().pages().values().stream().map(FixtureTruth.Page::url).toList());
  }

  private static List<String> feedLinks() throws Exception {
    List<String> links = new java.util.ArrayList<>();
    for (String feed : fixture.feeds()) {
      String xml =
          HTTP.send(
                  HttpRequest.newBuilder(URI.create(feed)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      var matcher = java.util.regex.Pattern.compile("<link>([^<]*/news/[^<]*)</link>").matcher(xml);
      while (matcher.find()) {
        links.add(matcher.group(1));
      }
    }
    return links;
  }

  private static String original(List<String> group) {
    return group.stream()
        .filter(id -> fixture.truth().pages().get(id).kind() == FixtureTruth.Kind.ORIGINAL)
        .findFirst()
        .orElseThrow();
  }

  /** Jaccard similarity of the word 5-shingles of the two normalized texts. */
  private static double jaccard(Article a, Article b) {
    Set<String> x = shingles(a.text());
    Set<String> y = shingles(b.text());
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> either = new HashSet<>(x);
    either.addAll(y);
    return (double) both.size() / either.size();
  }

  private static Set<String> shingles(String text) {
    String[] words = ArticleIds.normalizeText(text).split(" ");
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 5 <= words.length; i++) {
      shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + 5)));
    }
    return shingles;
  }
}
