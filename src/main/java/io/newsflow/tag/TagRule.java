package io.newsflow.tag;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An operator's tag rule: when the Lucene query matches an article, the article gets the tag.
 * Queries use the classic Lucene syntax (boolean operators, "phrases", "proximity"~5, wildcards*)
 * over the fields {@code title}, {@code text}, {@code source} and {@code language}; a term without
 * a field searches title and text. A tag that starts with {@code iptc:} is an IPTC Media Topic and
 * is reported under {@code topics}.
 *
 * @param id unique among all rules: letters, digits, {@code . _ : -}
 */
public record TagRule(String id, String query, String tag) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  public TagRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query of rule " + id);
    Objects.requireNonNull(tag, "tag of rule " + id);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + id + "' must be 1-100 letters, digits or . _ : -");
    }
    if (query.isBlank() || tag.isBlank()) {
      throw new IllegalArgumentException("rule " + id + " needs a query and a tag");
    }
  }

  public boolean isTopic() {
    return tag.startsWith("iptc:");
  }
}
