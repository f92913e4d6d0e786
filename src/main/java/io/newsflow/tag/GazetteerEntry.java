package io.newsflow.tag;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A canonical entity of the gazetteer file.
 *
 * @param aliases other surface forms of the same entity (never null)
 * @param ambiguous the name is also a common word or given name: it matches only when no
 *     capitalized word stands right before or after it
 */
public record GazetteerEntry(
    String name, EntityType type, List<String> aliases, @Nullable Boolean ambiguous) {

  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type of " + name);
    if (name.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry without a name");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  boolean isAmbiguous() {
    return Boolean.TRUE.equals(ambiguous);
  }
}
