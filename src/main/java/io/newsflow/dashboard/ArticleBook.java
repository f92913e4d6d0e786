package io.newsflow.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The most recent articles (as extracted, replaced by their tagged form when it comes) with their
 * dedup verdicts, for the list, its filters, the article view and the content figures. Keeps at
 * most {@code max} articles, dropping the oldest. Thread-safe.
 */
final class ArticleBook {

  /** Entities, tags and topics listed in the content figures. */
  static final int TOP = 10;

  /** Entity names shown per article in the list. */
  static final int ENTITIES_PER_ARTICLE = 5;

  private record Entry(ObjectNode json, Instant seenAt, long seq, boolean tagged) {}

  private final int max;
  private final Duration window;
  private final Map<String, Entry> articles;
  private final Map<String, Verdict> verdicts;
  private final MinuteCounts verdictCounts;
  private long seq;
  private long version;

  ArticleBook(int max, Duration window) {
    if (max < 1) {
      throw new IllegalArgumentException("newsflow.dashboard.max-articles must be at least 1");
    }
    this.max = max;
    this.window = window;
    this.articles =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > ArticleBook.this.max;
          }
        };
    this.verdicts =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Verdict> eldest) {
            return size() > 2 * ArticleBook.this.max;
          }
        };
    this.verdictCounts = new MinuteCounts((int) Math.max(1, window.toMinutes()));
  }

  /** Keeps an article; a tagged form replaces an untagged one, never the other way round. */
  synchronized void article(ObjectNode json, Instant time, boolean tagged) {
    String id = json.path("id").asText("");
    if (id.isEmpty()) {
      return;
    }
    Entry existing = articles.get(id);
    if (existing != null) {
      if (existing.tagged() && !tagged) {
        return;
      }
      articles.put(id, new Entry(json, existing.seenAt(), existing.seq(), tagged));
    } else {
      articles.put(id, new Entry(json, time, ++seq, tagged));
    }
    version++;
  }

  /** Keeps a dedup record's verdict, and its article if the book lacks it. */
  synchronized void dedup(ObjectNode json, Instant time, Instant now) {
    JsonNode dedup = json.get("dedup");
    String id = json.path("id").asText("");
    if (id.isEmpty() || dedup == null || !dedup.isObject()) {
      return;
    }
    Verdict verdict =
        new Verdict(
            dedup.path("status").asText("unknown"),
            textOrNull(dedup, "duplicateOf"),
            dedup.hasNonNull("similarity") ? dedup.get("similarity").asDouble() : null,
            textOrNull(dedup, "storyId"));
    verdicts.put(id, verdict);
    verdictCounts.add(verdict.status(), time, now);
    if (!articles.containsKey(id)) {
      ObjectNode copy = json.deepCopy();
      copy.remove("dedup");
      article(copy, time, true);
    }
    version++;
  }

  /** Changes whenever an article or a verdict arrives. */
  synchronized long version() {
    return version;
  }

  synchronized ArticlePage list(ArticleFilter filter, int page, int size) {
    List<Map.Entry<String, Entry>> matching = new ArrayList<>();
    for (Map.Entry<String, Entry> entry : articles.entrySet()) {
      if (filter.matches(entry.getValue().json())) {
        matching.add(entry);
      }
    }
    matching.sort(
        Comparator.comparing((Map.Entry<String, Entry> e) -> e.getValue().seenAt())
            .thenComparingLong(e -> e.getValue().seq())
            .reversed());
    List<ArticleSummary> items = new ArrayList<>();
    int from = (int) Math.min((long) page * size, matching.size());
    int to = (int) Math.min((long) from + size, matching.size());
    for (Map.Entry<String, Entry> entry : matching.subList(from, to)) {
      items.add(summary(entry.getKey(), entry.getValue()));
    }
    return new ArticlePage(page, size, matching.size(), items);
  }

  /** The article's JSON with its dedup verdict (under {@code dedup}) when one is known. */
  synchronized Optional<ObjectNode> get(String id) {
    Entry entry = articles.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    ObjectNode copy = entry.json().deepCopy();
    Verdict verdict = verdicts.get(id);
    if (verdict != null) {
      copy.set("dedup", io.newsflow.article.Json.mapper().valueToTree(verdict));
    }
    return Optional.of(copy);
  }

  /** Top entities, tags and topics of the articles seen within the window, and dedup rates. */
  synchronized ContentStats content(Instant now) {
    Instant since = now.minus(window);
    Map<String, Long> entities = new HashMap<>();
    Map<String, Long> tags = new HashMap<>();
    Map<String, Long> topics = new HashMap<>();
    Map<String, Long> languages = new HashMap<>();
    int count = 0;
    for (Entry entry : articles.values()) {
      if (entry.seenAt().isBefore(since)) {
        continue;
      }
      count++;
      for (JsonNode entity : entry.json().path("entities")) {
        String name = entity.path("name").asText("");
        if (!name.isEmpty()) {
          entities.merge(name + "\u0000" + entity.path("type").asText(""), 1L, Long::sum);
        }
      }
      entry.json().path("tags").forEach(tag -> tags.merge(tag.asText(), 1L, Long::sum));
      entry.json().path("topics").forEach(topic -> topics.merge(topic.asText(), 1L, Long::sum));
      languages.merge(entry.json().path("language").asText("und"), 1L, Long::sum);
    }
    long unique = verdictCounts.total("unique", now);
    long exact = verdictCounts.total("exact", now);
    long near = verdictCounts.total("near", now);
    long judged = unique + exact + near;
    return new ContentStats(
        count,
        top(entities),
        top(tags),
        top(topics),
        top(languages),
        judged,
        unique,
        exact,
        near,
        judged == 0 ? null : (double) exact / judged,
        judged == 0 ? null : (double) near / judged);
  }

  private static List<ContentStats.Count> top(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(
            e -> {
              String[] parts = e.getKey().split("\u0000", 2);
              return new ContentStats.Count(
                  parts[0],
                  parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null,
                  e.getValue());
            })
        .toList();
  }

  private ArticleSummary summary(String id, Entry entry) {
    ObjectNode json = entry.json();
    List<String> entityNames = new ArrayList<>();
    for (JsonNode entity : json.path("entities")) {
      if (entityNames.size() < ENTITIES_PER_ARTICLE) {
        entityNames.add(entity.path("name").asText());
      }
    }
    String time = textOrNull(json, "publishedAt");
    return new ArticleSummary(
        id,
        textOrNull(json, "title"),
        textOrNull(json, "sourceId"),
        textOrNull(json, "siteName"),
        textOrNull(json, "url"),
        time != null ? time : textOrNull(json, "fetchedAt"),
        entry.seenAt(),
        textOrNull(json, "language"),
        strings(json.path("tags")),
        strings(json.path("topics")),
        entityNames,
        verdicts.get(id));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(value -> out.add(value.asText()));
    return out;
  }

  static @Nullable String textOrNull(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** Filters of the article list; a null field does not filter. */
  record ArticleFilter(
      @Nullable String source,
      @Nullable String tag,
      @Nullable String entity,
      @Nullable String language) {

    boolean matches(JsonNode json) {
      if (source != null && !source.equals(json.path("sourceId").asText(null))) {
        return false;
      }
      if (language != null && !language.equalsIgnoreCase(json.path("language").asText(""))) {
        return false;
      }
      if (tag != null && !contains(json.path("tags"), tag) && !contains(json.path("topics"), tag)) {
        return false;
      }
      if (entity != null) {
        String wanted = entity.toLowerCase(Locale.ROOT);
        for (JsonNode e : json.path("entities")) {
          if (e.path("name").asText("").toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
          }
        }
        return false;
      }
      return true;
    }

    private static boolean contains(JsonNode array, String value) {
      for (JsonNode element : array) {
        if (value.equals(element.asText())) {
          return true;
        }
      }
      return false;
    }
  }
}
