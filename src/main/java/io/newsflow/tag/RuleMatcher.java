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
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
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

  /** The fields a rule can search. */
  public record Fields(String title, String text, String source, String language) {}

  /** The tags of every rule the article matches, sorted, without duplicates. */
  public Set<String> match(String title, String text, String source, String language) {
    return matchAll(List.of(new Fields(title, text, source, language))).get(0);
  }

  /**
   * The tags of each article, in order. Matching articles together is much cheaper than one by one:
   * the monitor selects and runs each candidate rule once for the whole batch.
   */
  public List<Set<String>> matchAll(List<Fields> articles) {
    Map<String, TagRule> current = rules;
    List<Set<String>> result = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      result.add(new TreeSet<>());
    }
    if (current.isEmpty() || articles.isEmpty()) {
      return result;
    }
    Document[] docs = new Document[articles.size()];
    for (int i = 0; i < docs.length; i++) {
      Fields article = articles.get(i);
      Document doc = new Document();
      doc.add(new TextField("title", article.title(), Field.Store.NO));
      doc.add(new TextField("text", article.text(), Field.Store.NO));
      doc.add(new TextField("source", article.source(), Field.Store.NO));
      doc.add(new TextField("language", article.language(), Field.Store.NO));
      docs[i] = doc;
    }
    try {
      MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
      for (int i = 0; i < docs.length; i++) {
        for (QueryMatch match : matches.getMatches(i)) {
          TagRule rule = current.get(match.getQueryId());
          if (rule != null) {
            result.get(i).add(rule.tag());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("rule matching failed", e);
    }
    return result;
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
