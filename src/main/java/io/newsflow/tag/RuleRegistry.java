package io.newsflow.tag;

import com.fasterxml.jackson.core.type.TypeReference;
import io.newsflow.DataFiles;
import io.newsflow.NewsflowConfig;
import io.newsflow.article.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The tag rules in force: those of the rules file plus those added through the admin API.
 *
 * <p>API rules are kept in {@code <data-dir>/rules.json}, written atomically after each change, so
 * a restart keeps them. The rules file is re-read when it changes ({@link #reloadFileIfChanged}); a
 * file that fails to load leaves the previous rules in force. Listeners hear every change.
 * Thread-safe.
 */
@ApplicationScoped
public class RuleRegistry {

  private static final Logger LOG = Logger.getLogger(RuleRegistry.class);

  private final String location;
  private final FileWatch watch;
  private final Path stateFile;
  private final List<Consumer<List<TagRule>>> listeners = new CopyOnWriteArrayList<>();
  private List<TagRule> fromFile;
  private final Map<String, TagRule> fromApi = new LinkedHashMap<>();

  @Inject
  public RuleRegistry(TagConfig config, NewsflowConfig newsflow) {
    this(config.rulesFile(), Path.of(newsflow.dataDir()).resolve("rules.json"));
  }

  /**
   * @throws IllegalStateException naming {@code newsflow.tag.rules-file} when the file is bad
   */
  public RuleRegistry(String rulesLocation, Path stateFile) {
    this.location = rulesLocation;
    this.watch = new FileWatch(rulesLocation);
    this.stateFile = stateFile;
    try {
      this.fromFile = RuleFile.load(rulesLocation);
    } catch (RuntimeException e) {
      throw new IllegalStateException("newsflow.tag.rules-file: " + e.getMessage(), e);
    }
    loadState();
  }

  /** Calls {@code listener} with every rule now, and again after every change. */
  public void onChange(Consumer<List<TagRule>> listener) {
    listeners.add(listener);
    listener.accept(list());
  }

  /** File rules first, then API rules. */
  public synchronized List<TagRule> list() {
    List<TagRule> all = new ArrayList<>(fromFile);
    all.addAll(fromApi.values());
    return List.copyOf(all);
  }

  public Optional<TagRule> get(String id) {
    return list().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Adds a rule through the API.
   *
   * @throws IllegalArgumentException when its query does not parse
   * @throws IllegalStateException when a rule with that id exists
   */
  public TagRule add(TagRule rule) {
    RuleMatcher.parse(rule);
    synchronized (this) {
      if (get(rule.id()).isPresent()) {
        throw new IllegalStateException("rule " + rule.id() + " exists");
      }
      fromApi.put(rule.id(), rule);
      save();
    }
    notifyListeners();
    return rule;
  }

  /**
   * Removes a rule added through the API; false when there is none with that id.
   *
   * @throws IllegalStateException for a rule of the rules file (edit the file instead)
   */
  public boolean remove(String id) {
    synchronized (this) {
      if (fromApi.remove(id) == null) {
        if (fromFile.stream().anyMatch(r -> r.id().equals(id))) {
          throw new IllegalStateException(
              "rule " + id + " comes from the rules file " + location + "; edit the file");
        }
        return false;
      }
      save();
    }
    notifyListeners();
    return true;
  }

  /** Re-reads the rules file when its modification time changed. */
  public void reloadFileIfChanged() {
    if (!watch.changed()) {
      return;
    }
    try {
      List<TagRule> next = RuleFile.load(location);
      synchronized (this) {
        fromFile = next;
      }
      LOG.infof("Reloaded %d rules from %s", next.size(), location);
      notifyListeners();
    } catch (RuntimeException e) {
      LOG.warnf(
          "Rules file %s not reloaded, keeping the previous rules: %s", location, e.getMessage());
    }
  }

  private void notifyListeners() {
    List<TagRule> all = list();
    for (Consumer<List<TagRule>> listener : listeners) {
      try {
        listener.accept(all);
      } catch (RuntimeException e) {
        LOG.warnf("Applying rules failed: %s", e.getMessage());
      }
    }
  }

  private void loadState() {
    if (!Files.exists(stateFile)) {
      return;
    }
    try {
      List<TagRule> rules =
          Json.mapper()
              .readValue(Files.readAllBytes(stateFile), new TypeReference<List<TagRule>>() {});
      for (TagRule rule : rules) {
        RuleMatcher.parse(rule);
        fromApi.put(rule.id(), rule);
      }
      LOG.infof("Loaded %d API rules from %s", fromApi.size(), stateFile);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read API rules from " + stateFile + " (fix or delete it): " + e.getMessage(), e);
    }
  }

  private void save() {
    try {
      DataFiles.writeAtomically(stateFile, Json.write(List.copyOf(fromApi.values())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save API rules to " + stateFile, e);
    }
  }
}
