package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRegistryTest {

  @TempDir Path dir;

  private Path rulesFile(String yaml) throws Exception {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void shouldKeepApiRulesAcrossARestart() throws Exception {
    Path file = rulesFile("- {id: a, tag: 'topic:a', query: alpha}\n");
    Path state = dir.resolve("rules.json");
    RuleRegistry registry = new RuleRegistry(file.toString(), state);
    registry.add(new TagRule("b", "beta AND gamma", "topic:b"));

    RuleRegistry restarted = new RuleRegistry(file.toString(), state);
    assertThat(restarted.list()).extracting(TagRule::id).containsExactly("a", "b");
    assertThat(restarted.remove("b")).isTrue();
    assertThat(new RuleRegistry(file.toString(), state).list())
        .extracting(TagRule::id)
        .containsExactly("a");
  }

  @Test
  void shouldRefuseBadQueriesDuplicateIdsAndRemovingFileRules() throws Exception {
    RuleRegistry registry =
        new RuleRegistry(
            rulesFile("- {id: a, tag: 'topic:a', query: alpha}\n").toString(),
            dir.resolve("rules.json"));

    assertThatThrownBy(() -> registry.add(new TagRule("bad", "(alpha", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad query");
    assertThatThrownBy(() -> registry.add(new TagRule("a", "alpha", "x")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> registry.remove("a")).isInstanceOf(IllegalStateException.class);
    assertThat(registry.remove("none")).isFalse();
  }

  @Test
  void shouldReloadTheRulesFileWhenItChangesAndTellListeners() throws Exception {
    Path file = rulesFile("- {id: a, tag: 'topic:a', query: alpha}\n");
    RuleRegistry registry = new RuleRegistry(file.toString(), dir.resolve("rules.json"));
    List<List<TagRule>> heard = new ArrayList<>();
    registry.onChange(heard::add);

    Files.writeString(file, "- {id: c, tag: 'topic:c', query: gamma}\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    registry.reloadFileIfChanged();

    assertThat(registry.list()).extracting(TagRule::id).containsExactly("c");
    assertThat(heard).hasSize(2);
  }

  @Test
  void shouldKeepThePreviousRulesWhenTheFileBreaks() throws Exception {
    Path file = rulesFile("- {id: a, tag: 'topic:a', query: alpha}\n");
    RuleRegistry registry = new RuleRegistry(file.toString(), dir.resolve("rules.json"));

    Files.writeString(file, "- {id: a, tag: 'topic:a', query: '(alpha'}\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    registry.reloadFileIfChanged();

    assertThat(registry.list()).extracting(TagRule::query).containsExactly("alpha");
  }
}
