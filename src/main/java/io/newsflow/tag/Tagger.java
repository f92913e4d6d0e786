package io.newsflow.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tags one article: language, entities, rule tags, IPTC topics and key phrases. The same instance
 * serves the Kafka consumer, the {@code tag} command and the benchmark. The gazetteer can be
 * replaced while it runs ({@link #gazetteer(Gazetteer)}); rules change through the {@link
 * RuleMatcher}. Thread-safe.
 */
public final class Tagger {

  private final LanguageDetection languages;
  private final RuleMatcher rules;
  private final KeywordExtractor keywords;
  private final EntityExtractor entities = new EntityExtractor();
  private final int maxKeywords;
  private volatile Gazetteer gazetteer;

  public Tagger(
      LanguageDetection languages,
      Gazetteer gazetteer,
      RuleMatcher rules,
      KeywordExtractor keywords,
      int maxKeywords) {
    if (maxKeywords < 0) {
      throw new IllegalArgumentException("maxKeywords must not be negative: " + maxKeywords);
    }
    this.languages = Objects.requireNonNull(languages, "languages");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.keywords = Objects.requireNonNull(keywords, "keywords");
    this.maxKeywords = maxKeywords;
  }

  /** Uses {@code next} for every article tagged from now on. */
  public void gazetteer(Gazetteer next) {
    this.gazetteer = Objects.requireNonNull(next, "gazetteer");
  }

  public RuleMatcher rules() {
    return rules;
  }

  public Tags tag(TagInput article) {
    String title = article.title() == null ? "" : article.title();
    String text = article.text();
    String detected = languages.detect(title.isEmpty() ? text : title + "\n" + text);
    String language =
        article.declaredLanguage() != null
            ? article.declaredLanguage()
            : detected == null ? "" : detected;
    String body = title.isEmpty() ? text : title + "\n\n" + text;
    List<Entity> found = entities.extract(body, gazetteer);
    List<String> tags = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    for (String tag : rules.match(title, text, article.source(), language)) {
      (tag.startsWith("iptc:") ? topics : tags).add(tag);
    }
    return new Tags(
        detected,
        article.declaredLanguage(),
        found,
        tags,
        topics,
        keywords.keywords(body, maxKeywords));
  }
}
