package io.newsflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTruthTest {

  static List<DemoTruth.Entry> committedTruth() throws IOException {
    try (InputStream in =
        DemoTruthTest.class.getClassLoader().getResourceAsStream(DemoWarcWriter.TRUTH_RESOURCE)) {
      assertThat(in).as("demo/truth.json on the classpath").isNotNull();
      return new ObjectMapper().readValue(in, new TypeReference<>() {});
    }
  }

  @Test
  void shouldCoverEveryPageInTheWarc() throws IOException {
    assertThat(committedTruth())
        .extracting(DemoTruth.Entry::url)
        .containsExactlyElementsOf(
            DemoWarcWriterTest.committed().stream().map(DemoWarcWriterTest.Capture::url).toList());
  }

  @Test
  void shouldMatchWhatTheCorpusSaysNow() throws IOException {
    assertThat(committedTruth()).containsExactlyElementsOf(DemoTruth.of(DemoSite.load()));
  }

  @Test
  void shouldPointDuplicatesAtAnEarlierArticleOfTheSameEvent() throws IOException {
    List<DemoTruth.Entry> truth = committedTruth();
    List<DemoTruth.Entry> duplicates =
        truth.stream().filter(entry -> entry.duplicateOf() != null).toList();

    assertThat(duplicates).hasSize(5);
    assertThat(duplicates).extracting(DemoTruth.Entry::dupKind).containsOnly("exact", "near");
    for (DemoTruth.Entry duplicate : duplicates) {
      DemoTruth.Entry original =
          truth.stream()
              .filter(entry -> entry.url().equals(duplicate.duplicateOf()))
              .findFirst()
              .orElseThrow();
      assertThat(original.duplicateOf()).isNull();
      assertThat(original.event()).isEqualTo(duplicate.event());
    }
  }

  @Test
  void shouldKnowOneNonArticlePageAndOneFeedPerSite() throws IOException {
    List<DemoTruth.Entry> truth = committedTruth();

    assertThat(truth).filteredOn(entry -> entry.kind().equals("not-an-article")).hasSize(5);
    assertThat(truth).filteredOn(entry -> entry.kind().equals("feed")).hasSize(5);
    assertThat(truth)
        .filteredOn(entry -> !entry.kind().equals("article"))
        .allSatisfy(entry -> assertThat(entry.story()).isNull());
  }
}
