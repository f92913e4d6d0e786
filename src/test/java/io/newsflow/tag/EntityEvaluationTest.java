package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Entity precision, recall and F1 by type on the labelled paragraphs in {@code tag/labelled.jsonl}
 * (written for the project: varied regions and topics). A found entity counts when its type is
 * right and its name or one of its surface forms is the labelled entity's. Prints the figures;
 * fails only below a floor set under the measured figure, so it cannot silently regress.
 */
class EntityEvaluationTest {

  record Gold(String name, EntityType type, Set<String> mentions) {}

  /** Counts for one type: true positives, found, labelled. */
  static final class Score {
    int truePositives;
    int found;
    int labelled;

    double precision() {
      return found == 0 ? 1 : (double) truePositives / found;
    }

    double recall() {
      return labelled == 0 ? 1 : (double) truePositives / labelled;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  @Test
  void shouldFindLabelledEntitiesWithHighF1() throws IOException {
    assertThat(evaluate("tag/labelled.jsonl", 40).f1()).isGreaterThanOrEqualTo(0.90);
  }

  /** Paragraphs written after the tagger was tuned on labelled.jsonl, and never tuned on. */
  @Test
  void shouldGeneralizeToHeldOutParagraphs() throws IOException {
    assertThat(evaluate("tag/heldout.jsonl", 10).f1()).isGreaterThanOrEqualTo(0.75);
  }

  private static Score evaluate(String resource, int minParagraphs) throws IOException {
    Gazetteer gazetteer = Gazetteer.builtIn();
    EntityExtractor extractor = new EntityExtractor();
    Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      scores.put(type, new Score());
    }
    Score all = new Score();
    List<String> misses = new ArrayList<>();
    int paragraphs = 0;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Resources.open(resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        paragraphs++;
        JsonNode node = Json.mapper().readTree(line);
        String text = node.get("text").asText();
        List<Gold> gold = new ArrayList<>();
        for (JsonNode e : node.get("entities")) {
          Set<String> mentions = new HashSet<>();
          e.get("mentions").forEach(m -> mentions.add(m.asText()));
          gold.add(
              new Gold(e.get("name").asText(), EntityType.of(e.get("type").asText()), mentions));
        }
        List<Entity> found = extractor.extract(text, gazetteer);
        Set<Gold> matched = new HashSet<>();
        for (Entity entity : found) {
          Score score = scores.get(entity.type());
          score.found++;
          all.found++;
          Gold hit =
              gold.stream()
                  .filter(g -> !matched.contains(g) && matches(entity, g))
                  .findFirst()
                  .orElse(null);
          if (hit != null) {
            matched.add(hit);
            score.truePositives++;
            all.truePositives++;
          } else {
            misses.add("extra " + entity.type().json() + " " + entity.name());
          }
        }
        for (Gold g : gold) {
          scores.get(g.type()).labelled++;
          all.labelled++;
          if (!matched.contains(g)) {
            misses.add("missed " + g.type().json() + " " + g.name());
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "Entity evaluation on %d paragraphs of %s%n", paragraphs, resource);
    scores.forEach((type, s) -> print(type.json(), s));
    print("overall", all);
    misses.forEach(m -> System.out.println("  " + m));
    assertThat(paragraphs).isGreaterThanOrEqualTo(minParagraphs);
    return all;
  }

  private static boolean matches(Entity entity, Gold gold) {
    if (entity.type() != gold.type()) {
      return false;
    }
    if (entity.name().equalsIgnoreCase(gold.name()) || gold.mentions().contains(entity.name())) {
      return true;
    }
    return entity.mentions().stream()
        .anyMatch(m -> gold.mentions().contains(m) || m.equals(gold.name()));
  }

  private static void print(String label, Score s) {
    System.out.printf(
        Locale.ROOT,
        "  %-13s P %.3f  R %.3f  F1 %.3f  (%d found, %d labelled, %d right)%n",
        label,
        s.precision(),
        s.recall(),
        s.f1(),
        s.found,
        s.labelled,
        s.truePositives);
  }
}
