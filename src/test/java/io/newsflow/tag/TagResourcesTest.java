package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gazetteer and rules files edited while the tagger runs take effect without a restart. */
class TagResourcesTest {

  @TempDir Path dir;

  @Test
  void shouldReloadTheGazetteerAndRulesWhenTheirFilesChange() throws Exception {
    Path gazetteer = dir.resolve("gazetteer.yaml");
    Files.writeString(gazetteer, "- {name: Valdoria, type: place}\n");
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "- {id: r1, tag: 'topic:harbour', query: harbour}\n");
    RuleMatcher matcher = new RuleMatcher();
    Tagger tagger =
        new Tagger(
            new LanguageDetection(List.of("en", "de")),
            TagResources.loadGazetteer(gazetteer.toString()),
            matcher,
            new KeywordExtractor(1000),
            3);
    RuleRegistry registry = new RuleRegistry(rules.toString(), dir.resolve("rules.json"));
    String text = "The harbour of Valdoria and Ostmark reopened, the port authority said.";

    try (TagResources resources =
        new TagResources(gazetteer.toString(), registry, tagger, Duration.ofMillis(100))) {
      assertThat(names(tagger.tag(TagInput.of(text)))).contains("Valdoria");
      assertThat(tagger.tag(TagInput.of(text)).tags()).containsExactly("topic:harbour");

      Files.writeString(
          gazetteer, "- {name: Valdoria, type: place}\n- {name: Ostmark, type: place}\n");
      Files.setLastModifiedTime(gazetteer, FileTime.from(Instant.now().plusSeconds(5)));
      Files.writeString(rules, "- {id: r2, tag: 'topic:port', query: port}\n");
      Files.setLastModifiedTime(rules, FileTime.from(Instant.now().plusSeconds(5)));

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                Tags tags = tagger.tag(TagInput.of(text));
                assertThat(names(tags)).contains("Valdoria", "Ostmark");
                assertThat(tags.tags()).containsExactly("topic:port");
              });
    } finally {
      matcher.close();
    }
  }

  private static List<String> names(Tags tags) {
    return tags.entities().stream().map(Entity::name).toList();
  }
}
