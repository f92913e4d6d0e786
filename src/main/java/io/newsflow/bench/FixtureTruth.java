package io.newsflow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the pipeline fixture holds: every article page by id, and the planted duplicate groups (an
 * original and its copies; which member the deduplicator sees first depends on arrival order).
 * Immutable.
 */
record FixtureTruth(Map<String, Page> pages, List<List<String>> groups) {

  /** How a page came to be. */
  enum Kind {
    /** A story of its own: expected once in the unique topic. */
    SINGLE,
    /** The first member of a planted group. */
    ORIGINAL,
    /** The same text on another URL. */
    EXACT,
    /** The same words in another form (case, punctuation, quotes). */
    RESTYLED,
    /** A few words edited and a syndication line added. */
    NEAR
  }

  /**
   * @param group the index of the page's planted group in {@link FixtureTruth#groups()}, or null
   */
  record Page(String id, String url, Kind kind, @Nullable Integer group) {
    Page {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(kind, "kind");
    }
  }

  FixtureTruth {
    pages = Map.copyOf(pages);
    List<List<String>> copied = new ArrayList<>();
    groups.forEach(group -> copied.add(List.copyOf(group)));
    groups = List.copyOf(copied);
  }

  /** Builds the truth page by page. */
  static final class Builder {
    private final Map<String, Page> pages = new HashMap<>();
    private final List<List<String>> groups = new ArrayList<>();

    /** Starts a planted group; returns its index. */
    int newGroup() {
      groups.add(new ArrayList<>());
      return groups.size() - 1;
    }

    Builder add(Page page) {
      if (pages.putIfAbsent(page.id(), page) != null) {
        throw new IllegalArgumentException("two fixture pages share the id " + page.id());
      }
      if (page.group() != null) {
        groups.get(page.group()).add(page.id());
      }
      return this;
    }

    FixtureTruth build() {
      return new FixtureTruth(pages, groups);
    }
  }

  int size() {
    return pages.size();
  }

  /** Pages that belong to a planted group. */
  long planted() {
    return pages.values().stream().filter(page -> page.group() != null).count();
  }
}
