package io.newsflow.tag;

import java.util.List;
import java.util.Objects;

/**
 * A named entity of one article.
 *
 * @param name the canonical name (the gazetteer's, else the longest form seen)
 * @param type person, organization or place
 * @param mentions the distinct surface forms seen, in order of first appearance
 * @param count how many times the entity is mentioned
 * @param firstOffset character offset of the first mention in the text
 */
public record Entity(
    String name, EntityType type, List<String> mentions, int count, int firstOffset) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
    if (count < 1 || firstOffset < 0) {
      throw new IllegalArgumentException(
          "count must be positive and firstOffset not negative: " + count + ", " + firstOffset);
    }
  }
}
