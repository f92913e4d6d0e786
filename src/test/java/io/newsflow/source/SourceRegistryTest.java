package io.newsflow.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

  @TempDir Path dir;

  private static Source feed(String id) {
    return new SourceSpec(
            id, SourceType.FEED, "https://example.com/" + id + ".xml", null, null, null, null, null)
        .toSource();
  }

  @Test
  void shouldKeepApiChangesAcrossARestart() {
    Path state = dir.resolve("sources.json");
    SourceRegistry first = new SourceRegistry(List.of(feed("a"), feed("b")), state);
    first.add(feed("c"));
    first.setEnabled("a", false);
    first.remove("b");

    SourceRegistry second = new SourceRegistry(List.of(feed("a"), feed("b")), state);

    assertThat(second.list()).extracting(Source::id).containsExactly("a", "c");
    assertThat(second.get("a")).get().extracting(Source::enabled).isEqualTo(false);
  }

  @Test
  void shouldApplySourceFileEditsToSourcesTheApiNeverTouched() {
    Path state = dir.resolve("sources.json");
    new SourceRegistry(List.of(feed("a")), state).add(feed("z"));
    Source edited =
        new Source(
            "a",
            SourceType.FEED,
            "https://example.com/new.xml",
            Duration.ofMinutes(5),
            true,
            List.of(),
            List.of(),
            List.of());

    SourceRegistry restarted = new SourceRegistry(List.of(edited), state);

    assertThat(restarted.get("a")).contains(edited);
  }

  @Test
  void shouldRefuseASecondSourceWithTheSameId() {
    SourceRegistry registry = new SourceRegistry(List.of(feed("a")), dir.resolve("s.json"));

    assertThatThrownBy(() -> registry.add(feed("a"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldLoadTheSourcesFileWithDefaults() throws Exception {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(
        file,
        """
        sources:
          - id: world
            type: feed
            url: https://example.com/world.xml
            include: ["/world/"]
        """);

    Source world = SourceFile.load(file.toString()).get(0);

    assertThat(world.interval()).isEqualTo(SourceSpec.DEFAULT_INTERVAL);
    assertThat(world.enabled()).isTrue();
    assertThat(world.urlFilter().test("https://example.com/world/1")).isTrue();
    assertThat(world.urlFilter().test("https://example.com/sport/1")).isFalse();
  }

  @Test
  void shouldNameTheFileAndProblemOfABadSourcesFile() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "sources:\n  - id: x\n    type: telegraph\n    url: u\n");

    assertThatThrownBy(() -> SourceFile.load(file.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newsflow.sources.file=" + file)
        .hasMessageContaining("telegraph");
  }

  @Test
  void shouldShipADefaultSourcesFileWithTheDemo() {
    assertThat(SourceFile.load("classpath:sources.yaml"))
        .filteredOn(Source::enabled)
        .extracting(Source::id)
        .containsExactly("demo");
  }
}
