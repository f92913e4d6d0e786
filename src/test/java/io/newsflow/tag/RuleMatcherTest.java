package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

  private final RuleMatcher matcher = new RuleMatcher();

  @AfterEach
  void close() {
    matcher.close();
  }

  private static final String TEXT =
      "Negotiators agreed a partial ceasefire in the Black Sea after talks in Riyadh.";

  @Test
  void shouldMatchBooleanPhraseProximityWildcardAndFieldQueries() {
    matcher.update(
        List.of(
            new TagRule("bool", "ceasefire AND NOT football", "topic:ceasefire"),
            new TagRule("phrase", "\"black sea\"", "topic:black-sea"),
            new TagRule("near", "\"negotiators talks\"~12", "topic:near"),
            new TagRule("wild", "negotiat*", "topic:wild"),
            new TagRule("title", "title:riyadh", "topic:title"),
            new TagRule("source", "source:wire AND language:en", "source:wire"),
            new TagRule("miss", "\"sea black\"", "topic:miss")));

    assertThat(matcher.match("Talks in Riyadh", TEXT, "wire", "en"))
        .containsExactly(
            "source:wire",
            "topic:black-sea",
            "topic:ceasefire",
            "topic:near",
            "topic:title",
            "topic:wild");
  }

  @Test
  void shouldReplaceRulesInPlace() {
    matcher.update(List.of(new TagRule("a", "ceasefire", "topic:a")));
    matcher.update(List.of(new TagRule("b", "riyadh", "topic:b")));

    assertThat(matcher.match("", TEXT, "", "en")).containsExactly("topic:b");
    assertThat(matcher.size()).isEqualTo(1);
  }

  @Test
  void shouldRejectABadQueryNamingTheRuleWithoutChangingAnything() {
    matcher.update(List.of(new TagRule("a", "ceasefire", "topic:a")));

    assertThatThrownBy(() -> matcher.update(List.of(new TagRule("broken", "(ceasefire", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("broken");
    assertThat(matcher.match("", TEXT, "", "en")).containsExactly("topic:a");
  }

  @Test
  void shouldGiveTheStarterRulesIptcTopics() {
    matcher.update(RuleFile.builtIn());

    assertThat(matcher.match("", TEXT, "", "en"))
        .contains("iptc:conflict-war-peace", "topic:ceasefire", "topic:black-sea");
    assertThat(matcher.match("", "The striker scored twice as the league leaders won.", "", "en"))
        .contains("iptc:sport");
  }
}
