package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsflow.article.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three seed articles (one story, three sources, no shared text) come out unique with one
 * storyId. Their texts are copies of {@code ../shared/seeds}; {@code seeds.json} lists the entity
 * names the tagger finds in each, most mentioned first, as production would hand them over. They
 * carry no publication time, so all three are filed under their arrival.
 */
class DedupSeedsTest {

  record Seed(String id, String file, String source, List<String> entities) {}

  static List<DedupInput> seeds() throws IOException {
    List<Seed> seeds;
    try (InputStream in = open("dedup/seeds/seeds.json")) {
      seeds = Json.mapper().readValue(in, new TypeReference<List<Seed>>() {});
    }
    List<DedupInput> inputs = new ArrayList<>();
    for (Seed seed : seeds) {
      try (InputStream in = open("dedup/seeds/" + seed.file())) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        inputs.add(new DedupInput(seed.id(), text, null, null, null, seed.entities()));
      }
    }
    return inputs;
  }

  private static InputStream open(String resource) {
    InputStream in = DedupSeedsTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    return in;
  }

  @Test
  void shouldKeepTheThreeSeedsUniqueInOneStory() throws IOException {
    List<DedupInput> seeds = seeds();
    BatchDeduplicator deduplicator =
        new BatchDeduplicator(DedupSettings.defaults(), DedupEvaluationTest.ARRIVAL);
    List<Verdict> verdicts = new ArrayList<>();
    for (DedupInput seed : seeds) {
      verdicts.add(deduplicator.accept(seed).orElseThrow());
    }
    verdicts.forEach(v -> System.out.println("dedup seeds: " + Json.write(v)));
    assertThat(seeds).hasSize(3);
    assertThat(verdicts).extracting(Verdict::status).containsOnly(DedupStatus.UNIQUE);
    assertThat(verdicts).extracting(Verdict::storyId).containsOnly(seeds.get(0).id());
  }

  @Test
  void shouldGroupTheSeedsInAnyOrder() throws IOException {
    List<DedupInput> seeds = seeds();
    for (int[] order : new int[][] {{2, 1, 0}, {1, 0, 2}, {1, 2, 0}}) {
      BatchDeduplicator deduplicator =
          new BatchDeduplicator(DedupSettings.defaults(), DedupEvaluationTest.ARRIVAL);
      List<Verdict> verdicts = new ArrayList<>();
      for (int i : order) {
        verdicts.add(deduplicator.accept(seeds.get(i)).orElseThrow());
      }
      assertThat(verdicts).extracting(Verdict::status).containsOnly(DedupStatus.UNIQUE);
      assertThat(verdicts.stream().map(Verdict::storyId).distinct()).hasSize(1);
    }
  }
}
