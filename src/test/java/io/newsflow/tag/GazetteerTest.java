package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer BUILT_IN = Gazetteer.builtIn();

  private static List<String> canonical(Gazetteer gazetteer, String text) {
    return gazetteer.find(text).stream().map(Mention::canonical).toList();
  }

  @Test
  void shouldMapEverySpellingOfZelenskyToOnePerson() {
    assertThat(
            canonical(
                BUILT_IN,
                "Volodymyr Zelensky met Zelenskyy's aides; Zelenskiy and Zelensky agreed."))
        .containsOnly("Volodymyr Zelensky")
        .hasSize(4);
  }

  @Test
  void shouldMapKievAndKyivToOnePlace() {
    assertThat(canonical(BUILT_IN, "From Kiev to Kyiv, and KYIV in a dateline."))
        .containsExactly("Kyiv", "Kyiv", "Kyiv");
  }

  @Test
  void shouldPreferTheLongestNameAndWholeWords() {
    assertThat(canonical(BUILT_IN, "The Moscow Times reported from Moscow; Moscowitz did not."))
        .containsExactly("The Moscow Times", "Moscow");
  }

  @Test
  void shouldMatchAmbiguousNamesOnlyWhenTheyStandAlone() {
    assertThat(canonical(BUILT_IN, "Troops left Chad on Monday.")).containsExactly("Chad");
    assertThat(canonical(BUILT_IN, "Coach Chad Johnson said Michael Jordan was the best."))
        .isEmpty();
  }

  @Test
  void shouldMatchCaseSensitively() {
    assertThat(canonical(BUILT_IN, "us and them, a turkey dinner")).isEmpty();
    assertThat(canonical(BUILT_IN, "the US and Turkey")).containsExactly("United States", "Turkey");
  }

  @Test
  void shouldLoadOperatorEntriesFromYaml() {
    String yaml =
        """
        - {name: Anna Matveeva, type: person, aliases: [Matveeva]}
        - {name: Realist English, type: org}
        """;
    Gazetteer gazetteer =
        Gazetteer.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    assertThat(gazetteer.find("Matveeva told Realist English."))
        .extracting(Mention::canonical, Mention::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Anna Matveeva", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Realist English", EntityType.ORGANIZATION));
  }

  @Test
  void shouldRejectAnEntryWithAnUnknownType() {
    String yaml = "- {name: Atlantis, type: legend}";
    assertThatThrownBy(
            () ->
                Gazetteer.load(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.yaml");
  }

  @Test
  void shouldShipAStarterListOfEveryKind() {
    assertThat(BUILT_IN.entries()).hasSizeGreaterThan(800);
    assertThat(BUILT_IN.lookup("Reuters").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(BUILT_IN.lookup("NATO").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(BUILT_IN.lookup("Riyadh").type()).isEqualTo(EntityType.PLACE);
    assertThat(BUILT_IN.lookup("Keir Starmer").type()).isEqualTo(EntityType.PERSON);
  }
}
