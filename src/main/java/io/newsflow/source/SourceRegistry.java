package io.newsflow.source;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The sources this service crawls: those of the sources file, changed by the admin API.
 *
 * <p>API changes are kept as a delta in {@code <data-dir>/sources.json} (sources added or updated,
 * ids removed), written atomically after each change, so a restart keeps them while edits to the
 * sources file still apply to sources the API never touched. Thread-safe.
 */
@ApplicationScoped
public class SourceRegistry {

  private static final Logger LOG = Logger.getLogger(SourceRegistry.class);

  private final List<Source> fromFile;
  private final Path stateFile;
  private final Map<String, Source> overrides = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();

  @Inject
  public SourceRegistry(SourcesConfig config, NewsflowConfig newsflow) {
    this(SourceFile.load(config.file()), Path.of(newsflow.dataDir()).resolve("sources.json"));
  }

  public SourceRegistry(List<Source> fromFile, Path stateFile) {
    this.fromFile = List.copyOf(fromFile);
    this.stateFile = stateFile;
    loadState();
  }

  /** Persisted delta. */
  record State(List<SourceSpec> overrides, List<String> removed) {
    State {
      overrides = overrides == null ? List.of() : List.copyOf(overrides);
      removed = removed == null ? List.of() : List.copyOf(removed);
    }
  }

  /** Every source, enabled or not, file order first. */
  public synchronized List<Source> list() {
    Map<String, Source> all = new LinkedHashMap<>();
    for (Source source : fromFile) {
      if (!removed.contains(source.id())) {
        all.put(source.id(), source);
      }
    }
    all.putAll(overrides);
    return List.copyOf(all.values());
  }

  public Optional<Source> get(String id) {
    return list().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Adds a new source.
   *
   * @throws IllegalStateException when a source with that id exists
   */
  public synchronized Source add(Source source) {
    if (get(source.id()).isPresent()) {
      throw new IllegalStateException("source " + source.id() + " exists");
    }
    removed.remove(source.id());
    overrides.put(source.id(), source);
    save();
    return source;
  }

  /** Replaces an existing source; empty when there is none with that id. */
  public synchronized Optional<Source> update(Source source) {
    if (get(source.id()).isEmpty()) {
      return Optional.empty();
    }
    overrides.put(source.id(), source);
    save();
    return Optional.of(source);
  }

  /** Pauses or resumes a source; empty when there is none with that id. */
  public synchronized Optional<Source> setEnabled(String id, boolean enabled) {
    return get(id).flatMap(source -> update(source.withEnabled(enabled)));
  }

  /** Removes a source; false when there was none with that id. */
  public synchronized boolean remove(String id) {
    if (get(id).isEmpty()) {
      return false;
    }
    overrides.remove(id);
    removed.add(id);
    save();
    return true;
  }

  private void loadState() {
    if (!Files.exists(stateFile)) {
      return;
    }
    try {
      State state = Json.read(Files.readAllBytes(stateFile), State.class);
      for (SourceSpec spec : state.overrides()) {
        Source source = spec.toSource();
        overrides.put(source.id(), source);
      }
      removed.addAll(state.removed());
      LOG.infof(
          "Loaded %d source changes and %d removals from %s",
          overrides.size(), removed.size(), stateFile);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read source changes from " + stateFile + " (fix or delete it): " + e.getMessage(),
          e);
    }
  }

  private void save() {
    State state =
        new State(
            overrides.values().stream().map(SourceSpec::of).toList(), new ArrayList<>(removed));
    try {
      DataFiles.writeAtomically(stateFile, Json.write(state));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save source changes to " + stateFile, e);
    }
  }
}
