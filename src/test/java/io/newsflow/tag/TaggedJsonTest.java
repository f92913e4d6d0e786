package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaggedJsonTest {

  private static RuleMatcher rules;
  private static TaggedJson tagged;

  @BeforeAll
  static void setUp() {
    rules = new RuleMatcher();
    rules.update(RuleFile.builtIn());
    tagged =
        new TaggedJson(
            new Tagger(
                new LanguageDetection(Arrays.asList(TagConfig.DEFAULT_LANGUAGES.split(","))),
                Gazetteer.builtIn(),
                rules,
                new KeywordExtractor(1000),
                5));
  }

  @AfterAll
  static void tearDown() {
    rules.close();
  }

  private static ObjectNode tag(String json) throws Exception {
    return tagged.tag(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldAddTheTagsAtTopLevelAndKeepEveryOtherField() throws Exception {
    ObjectNode out =
        tag(
            """
            {"id": "a1", "title": "Ceasefire talks in Riyadh", "url": "https://example.com/a1",
             "custom": {"kept": true}, "keywords": ["declared"],
             "text": "Vladimir Putin and Donald Trump discussed a ceasefire in Ukraine on the phone, the Kremlin said. Kremlin spokesman Dmitry Peskov said the call lasted two hours."}
            """);

    assertThat(out.get("id").asText()).isEqualTo("a1");
    assertThat(out.get("url").asText()).isEqualTo("https://example.com/a1");
    assertThat(out.at("/custom/kept").asBoolean()).isTrue();
    assertThat(out.get("language").asText()).isEqualTo("en");
    assertThat(out.get("detectedLanguage").asText()).isEqualTo("en");
    assertThat(out.get("entities").findValuesAsText("name"))
        .contains(
            "Vladimir Putin", "Donald Trump", "Ukraine", "Kremlin", "Dmitry Peskov", "Riyadh");
    JsonNode putin = null;
    for (JsonNode entity : out.get("entities")) {
      if (entity.get("name").asText().equals("Vladimir Putin")) {
        putin = entity;
      }
    }
    assertThat(out.get("entities").get(0).get("name").asText()).isEqualTo("Riyadh"); // title first
    assertThat(putin.get("type").asText()).isEqualTo("person");
    assertThat(putin.get("count").asInt()).isEqualTo(1);
    assertThat(putin.get("mentions").get(0).asText()).isEqualTo("Vladimir Putin");
    assertThat(out.get("tags").toString()).contains("topic:ceasefire", "topic:russia-ukraine");
    assertThat(out.get("topics").toString()).contains("iptc:conflict-war-peace");
    assertThat(out.get("keywords").size()).isBetween(1, 5);
    assertThat(out.get("declaredKeywords").get(0).asText()).isEqualTo("declared");
    assertThat(out.get("taggerVersion").asText()).isEqualTo(TaggedJson.VERSION);
  }

  @Test
  void shouldKeepTheDeclaredLanguageBesideTheDetectedOne() throws Exception {
    ObjectNode out =
        tag(
            """
            {"id": "a2", "language": "de", "text": "The government said the budget would be presented to parliament next week."}
            """);

    assertThat(out.get("language").asText()).isEqualTo("de");
    assertThat(out.get("detectedLanguage").asText()).isEqualTo("en");
  }

  @Test
  void shouldRefuseWhatCannotBeTagged() {
    assertThatThrownBy(() -> tag("{not json"))
        .isInstanceOf(TaggedJson.UntaggableException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> tag("[1, 2]"))
        .isInstanceOf(TaggedJson.UntaggableException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> tag("{\"id\": \"x\"}"))
        .isInstanceOf(TaggedJson.UntaggableException.class)
        .hasMessageContaining("no text");
  }
}
