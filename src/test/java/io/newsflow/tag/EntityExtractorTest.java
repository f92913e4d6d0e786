package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fixture paragraphs in the style of the seed articles, written for these tests. */
class EntityExtractorTest {

  private static final String WIRE =
      """
      KYIV (Harbour Wire). Ukrainian President Volodymyr Zelenskyy met envoy Steve Witkoff in Kyiv on Tuesday, \
      a day after Russian drones hit the Kharkiv region.
      'Hard bargaining'
      Deputy Foreign Minister Olena Marchenko told Interfax that talks would resume in March. \
      Zelensky later said the talks in Geneva were "useful."
      Analysts remain cautious. Mira Castellane, a senior fellow at the Baltic Policy Institute, said a deal \
      was possible. "We are close," Castellane said.
      Meanwhile, Kremlin spokesman Dmitry Peskov said Moscow was ready.""";

  private static Map<String, Entity> byName(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::name, e -> e));
  }

  private final List<Entity> entities = new EntityExtractor().extract(WIRE, Gazetteer.builtIn());

  @Test
  void shouldTypeEveryNamedPersonOrganizationAndPlace() {
    Map<String, Entity> found = byName(entities);
    assertThat(found)
        .containsKeys(
            "Volodymyr Zelensky",
            "Steve Witkoff",
            "Olena Marchenko",
            "Mira Castellane",
            "Dmitry Peskov",
            "Interfax",
            "Baltic Policy Institute",
            "Harbour Wire",
            "Kremlin",
            "Kyiv",
            "Kharkiv",
            "Geneva",
            "Moscow");
    assertThat(found.get("Olena Marchenko").type()).isEqualTo(EntityType.PERSON);
    assertThat(found.get("Baltic Policy Institute").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found.get("Harbour Wire").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found.get("Geneva").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void shouldMergeBothSpellingsOfZelenskyIntoOneEntity() {
    Entity zelensky = byName(entities).get("Volodymyr Zelensky");
    assertThat(zelensky.mentions()).containsExactly("Volodymyr Zelenskyy", "Zelensky");
    assertThat(zelensky.count()).isEqualTo(2);
  }

  @Test
  void shouldMergeALaterSurnameWithTheFullName() {
    Entity castellane = byName(entities).get("Mira Castellane");
    assertThat(castellane.mentions()).containsExactly("Mira Castellane", "Castellane");
    assertThat(castellane.count()).isEqualTo(2);
    assertThat(castellane.firstOffset()).isEqualTo(WIRE.indexOf("Mira Castellane"));
  }

  @Test
  void shouldNotReportFragmentsMonthsOrSentenceInitialWords() {
    assertThat(entities)
        .extracting(Entity::name)
        .doesNotContain(
            "Hard",
            "Analysts",
            "Meanwhile",
            "March",
            "Tuesday",
            "Ukrainian",
            "Russian",
            "Deputy Foreign Minister",
            "Minister");
  }

  @Test
  void shouldKeepKyivInCapitalsAndMixedCaseAsOnePlace() {
    Entity kyiv = byName(entities).get("Kyiv");
    assertThat(kyiv.mentions()).containsExactly("KYIV", "Kyiv");
    assertThat(kyiv.type()).isEqualTo(EntityType.PLACE);
  }
}
