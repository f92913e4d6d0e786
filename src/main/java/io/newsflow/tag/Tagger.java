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

  /** Tags one article; {@link #tagAll} is faster for many. */
  public Tags tag(TagInput article) {
    return tagAll(List.of(article)).get(0);
  }

  /**
   * Tags articles together, in order: rules are matched for the whole batch at once (see {@link
   * RuleMatcher#matchAll}); everything else is per article.
   */
  public List<Tags> tagAll(List<TagInput> articles) {
    List<RuleMatcher.Fields> fields = new ArrayList<>(articles.size());
    List<String> detected = new ArrayList<>(articles.size());
    List<List<Entity>> found = new ArrayList<>(articles.size());
    List<List<String>> phrases = new ArrayList<>(articles.size());
    Gazetteer names = gazetteer;
    for (TagInput article : articles) {
      String title = article.title() == null ? "" : article.title();
      String text = article.text();
      String language =
          languages.detect(text.length() >= 200 || title.isEmpty() ? text : title + "\n" + text);
      detected.add(language);
      String body = title.isEmpty() ? text : title + "\n\n" + text;
      found.add(entities.extract(body, names));
      phrases.add(keywords.keywords(body, maxKeywords));
      String ruleLanguage =
          article.declaredLanguage() != null
              ? article.declaredLanguage()
              : language == null ? "" : language;
      fields.add(new RuleMatcher.Fields(title, text, article.source(), ruleLanguage));
    }
    List<java.util.Set<String>> matched = rules.matchAll(fields);
    List<Tags> result = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      List<String> tags = new ArrayList<>();
      List<String> topics = new ArrayList<>();
      for (String tag : matched.get(i)) {
        (tag.startsWith("iptc:") ? topics : tags).add(tag);
      }
      result.add(
          new Tags(
              detected.get(i),
              articles.get(i).declaredLanguage(),
              found.get(i),
              tags,
              topics,
              phrases.get(i)));
    }
    return result;
  }
}
