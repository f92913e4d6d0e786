package io.newsflow.tag;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an article the tagger reads.
 *
 * @param source the source id or site name, for rules on the {@code source} field ("" when none)
 * @param declaredLanguage the language the page declared, if any
 */
public record TagInput(
    @Nullable String title, String text, String source, @Nullable String declaredLanguage) {

  public TagInput {
    Objects.requireNonNull(text, "text");
    source = source == null ? "" : source;
  }

  /** Only a text. */
  public static TagInput of(String text) {
    return new TagInput(null, text, "", null);
  }
}
