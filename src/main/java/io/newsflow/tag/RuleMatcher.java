package io.newsflow.tag;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Matches articles against many {@link TagRule}s at once with Lucene Monitor: rules are indexed
 * once, and for each article the presearcher picks the few whose terms occur before any query runs,
 * so thousands of rules stay fast. {@link #update} replaces the rule set in place (only changed
 * rules are re-indexed). Thread-safe; close it to stop the monitor's purge thread.
 */
public final class RuleMatcher implements Closeable {

  static final String[] DEFAULT_FIELDS = {"title", "text"};

  private final Analyzer analyzer = new StandardAnalyzer();
  private final Monitor monitor;
  private volatile Map<String, TagRule> rules = Map.of();

  public RuleMatcher() {
    try {
      this.monitor =
          new Monitor(analyzer, new TermFilteredPresearcher(), new MonitorConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the rule monitor", e);
    }
  }

  /** Parses a rule's query; throws {@link IllegalArgumentException} with the parser's reason. */
  public static Query parse(TagRule rule) {
    QueryParser parser = new MultiFieldQueryParser(DEFAULT_FIELDS, new StandardAnalyzer());
    parser.setDefaultOperator(QueryParser.Operator.OR);
    try {
      return parser.parse(rule.query());
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "rule " + rule.id() + ": bad query [" + rule.query() + "]: " + firstLine(e), e);
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Makes {@code next} the rule set; throws before changing anything when a query is bad. */
  public synchronized void update(List<TagRule> next) {
    Map<String, TagRule> byId = new HashMap<>();
    List<MonitorQuery> changed = new ArrayList<>();
    Map<String, TagRule> current = rules;
    for (TagRule rule : next) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalArgumentException("duplicate rule id " + rule.id());
      }
      if (!rule.equals(current.get(rule.id()))) {
        changed.add(new MonitorQuery(rule.id(), parse(rule), rule.query(), Map.of()));
      }
    }
    List<String> removed = new ArrayList<>();
    for (String id : current.keySet()) {
      if (!byId.containsKey(id)) {
        removed.add(id);
      }
    }
    try {
      if (!removed.isEmpty()) {
        monitor.deleteById(removed);
      }
      if (!changed.isEmpty()) {
        monitor.register(changed);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the rule monitor", e);
    }
    rules = Map.copyOf(byId);
  }

  public int size() {
    return rules.size();
  }

  /** The tags of every rule the article matches, sorted, without duplicates. */
  public Set<String> match(String title, String text, String source, String language) {
    Map<String, TagRule> current = rules;
    Set<String> tags = new TreeSet<>();
    if (current.isEmpty()) {
      return tags;
    }
    Document doc = new Document();
    doc.add(new TextField("title", title, Field.Store.NO));
    doc.add(new TextField("text", text, Field.Store.NO));
    doc.add(new TextField("source", source, Field.Store.NO));
    doc.add(new TextField("language", language, Field.Store.NO));
    try {
      MatchingQueries<QueryMatch> matches = monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
      for (QueryMatch match : matches.getMatches()) {
        TagRule rule = current.get(match.getQueryId());
        if (rule != null) {
          tags.add(rule.tag());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("rule matching failed", e);
    }
    return tags;
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
