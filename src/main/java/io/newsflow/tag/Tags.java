package io.newsflow.tag;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the tagger found in one article.
 *
 * @param detectedLanguage ISO 639-1 code from the text, or null when detection was unsure
 * @param declaredLanguage the language the article declared, if any
 * @param tags tags of the operator rules that matched (not {@code iptc:} ones), sorted
 * @param topics IPTC Media Topics ({@code iptc:...}) of the matching rules, sorted
 * @param keywords key phrases, best first
 */
public record Tags(
    @Nullable String detectedLanguage,
    @Nullable String declaredLanguage,
    List<Entity> entities,
    List<String> tags,
    List<String> topics,
    List<String> keywords) {

  public Tags {
    entities = List.copyOf(Objects.requireNonNull(entities, "entities"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
    keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
  }

  /** The language to report: the declared one when there is one, else the detected one. */
  public @Nullable String language() {
    return declaredLanguage != null ? declaredLanguage : detectedLanguage;
  }
}
