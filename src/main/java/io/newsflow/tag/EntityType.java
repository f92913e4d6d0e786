package io.newsflow.tag;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kinds of named entity the tagger reports; in JSON {@code person}, {@code organization},
 * {@code place}.
 */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code person}, {@code organization} (or {@code org}), {@code place} in any case. */
  @JsonCreator
  public static EntityType of(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "person":
        return PERSON;
      case "organization":
      case "organisation":
      case "org":
        return ORGANIZATION;
      case "place":
      case "location":
        return PLACE;
      default:
        throw new IllegalArgumentException(
            "unknown entity type '" + value + "' (person, organization or place)");
    }
  }
}
