package io.newsflow.article;

import java.time.Instant;
import java.util.List;

/** Test articles. */
public final class Articles {

  private Articles() {}

  public static Article sample(String url, String text) {
    return new Article(
        Article.SCHEMA_VERSION,
        ArticleIds.idFor(url),
        url,
        url,
        "demo",
        Instant.parse("2025-03-12T09:30:00Z"),
        Instant.parse("2025-03-12T08:00:00Z"),
        null,
        "Ceasefire talks resume",
        List.of("Anna Matveeva"),
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
