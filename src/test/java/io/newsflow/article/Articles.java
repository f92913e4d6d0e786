package io.newsflow.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test articles. */
public final class Articles {

  private Articles() {}

  /**
   * The JSON fields of the smallest valid article with this id and text (the schema's required
   * fields, plus the given extras such as a title).
   */
  public static Map<String, Object> minimal(String id, String text, Object... extras) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schemaVersion", Article.SCHEMA_VERSION);
    json.put("id", id);
    json.put("url", "https://news.example.com/" + id);
    json.put("canonicalUrl", "https://news.example.com/" + id);
    json.put("fetchedAt", "2025-03-12T09:30:00Z");
    json.put("authors", List.of());
    json.put("keywords", List.of());
    json.put("text", text);
    json.put("wordCount", ArticleIds.wordCount(text));
    json.put("contentHash", ArticleIds.contentHash(text));
    json.put("extractorVersion", "test/1");
    for (int i = 0; i + 1 < extras.length; i += 2) {
      json.put((String) extras[i], extras[i + 1]);
    }
    return json;
  }

  public static Article sample(String url, String text) {
    return new Article(
        Article.SCHEMA_VERSION,
        ArticleIds.idFor(url),
        1,
        url,
        url,
        "demo",
        Instant.parse("2025-03-12T09:30:00Z"),
        Instant.parse("2025-03-12T08:00:00Z"),
        null,
        "Ceasefire talks resume",
        List.of("Anna Matveeva"),
        List.of("Realist English"),
        "en",
        "The Example Times",
        "World",
        "Talks resume in Riyadh.",
        null,
        List.of("ceasefire"),
        false,
        new Article.Dateline("MOSCOW", "Realist English"),
        text,
        ArticleIds.wordCount(text),
        ArticleIds.contentHash(text),
        "test/1");
  }
}
