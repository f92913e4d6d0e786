package io.newsflow.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.article.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Per-site extraction rules, keyed by host: CSS selectors of elements to drop, and of the element
 * that holds the body ("pin"). Immutable and thread-safe.
 *
 * <p>The file is JSON, one object per host; a rule for {@code example.com} also applies to {@code
 * www.example.com} and {@code news.example.com}:
 *
 * <pre>{@code
 * {
 *   "example.com": { "drop": [".promo", "aside.newsletter"], "body": ["div.story-body"] }
 * }
 * }</pre>
 *
 * Selectors are parsed when the file is loaded, so a bad selector fails the load and names the
 * host.
 */
public final class SiteRules {

  /** The rules of one host. Lists are never null. */
  public record Rule(List<Evaluator> drop, List<Evaluator> body) {
    public Rule {
      drop = List.copyOf(drop);
      body = List.copyOf(body);
    }
  }

  private static final SiteRules NONE = new SiteRules(Map.of());

  private final Map<String, Rule> byHost;

  private SiteRules(Map<String, Rule> byHost) {
    this.byHost = Map.copyOf(byHost);
  }

  /** No rules at all. */
  public static SiteRules none() {
    return NONE;
  }

  /**
   * Reads rules from a JSON file.
   *
   * @throws UncheckedIOException when the file cannot be read or is not JSON
   * @throws IllegalArgumentException when an entry or a selector is malformed (names the host)
   */
  public static SiteRules load(Path file) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read site rules " + file, e);
    }
    return parse(root, file.toString());
  }

  static SiteRules parse(JsonNode root, String origin) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("site rules " + origin + ": expected a JSON object");
    }
    Map<String, Rule> rules = new HashMap<>();
    for (var it = root.fields(); it.hasNext(); ) {
      var entry = it.next();
      String host = normalizeHost(entry.getKey());
      rules.put(
          host,
          new Rule(
              selectors(entry.getValue(), "drop", host, origin),
              selectors(entry.getValue(), "body", host, origin)));
    }
    return rules.isEmpty() ? NONE : new SiteRules(rules);
  }

  private static List<Evaluator> selectors(JsonNode node, String key, String host, String origin) {
    JsonNode list = node.get(key);
    List<Evaluator> out = new ArrayList<>();
    if (list == null || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException(
          "site rules " + origin + ": host " + host + ", '" + key + "' must be a list");
    }
    for (JsonNode selector : list) {
      try {
        out.add(QueryParser.parse(selector.asText()));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "site rules "
                + origin
                + ": host "
                + host
                + ", bad selector '"
                + selector.asText()
                + "': "
                + e.getMessage(),
            e);
      }
    }
    return out;
  }

  /** The rule for the URL's host or its nearest parent domain; null when none applies. */
  public @Nullable Rule forUrl(@Nullable String url) {
    if (byHost.isEmpty() || url == null) {
      return null;
    }
    String host;
    try {
      host = URI.create(url.strip()).getHost();
    } catch (RuntimeException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    host = normalizeHost(host);
    while (true) {
      Rule rule = byHost.get(host);
      if (rule != null) {
        return rule;
      }
      int dot = host.indexOf('.');
      if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
        return null;
      }
      host = host.substring(dot + 1);
    }
  }

  public boolean isEmpty() {
    return byHost.isEmpty();
  }

  private static String normalizeHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
