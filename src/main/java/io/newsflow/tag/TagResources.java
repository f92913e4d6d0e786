package io.newsflow.tag;

import io.newsflow.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps a {@link Tagger}'s gazetteer and rules current: loads them at the start, then checks the
 * gazetteer file and the rules file every interval and re-reads a file whose modification time
 * changed, without a restart. A file that fails to load is logged and the previous version stays.
 * Rules added through the API reach the matcher through the {@link RuleRegistry} at once.
 */
public final class TagResources implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TagResources.class);

  private final String gazetteerLocation;
  private final FileWatch gazetteerWatch;
  private final RuleRegistry rules;
  private final Tagger tagger;
  private final ScheduledExecutorService reloader;

  public TagResources(
      String gazetteerLocation, RuleRegistry rules, Tagger tagger, Duration interval) {
    this.gazetteerLocation = gazetteerLocation;
    this.gazetteerWatch = new FileWatch(gazetteerLocation);
    this.rules = rules;
    this.tagger = tagger;
    rules.onChange(tagger.rules()::update);
    this.reloader =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "tag-reload");
              thread.setDaemon(true);
              return thread;
            });
    long millis = Math.max(100, interval.toMillis());
    reloader.scheduleWithFixedDelay(this::reload, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Reads a gazetteer from {@code classpath:...} or a file path. */
  public static Gazetteer loadGazetteer(String location) {
    try (InputStream in = DataFiles.open(location)) {
      return Gazetteer.load(in, location);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + location, e);
    }
  }

  /** Checks both files now; what the scheduler does every interval. */
  public void reload() {
    try {
      if (gazetteerWatch.changed()) {
        Gazetteer next = loadGazetteer(gazetteerLocation);
        tagger.gazetteer(next);
        LOG.infof("Reloaded gazetteer %s: %d entities", gazetteerLocation, next.entries().size());
      }
    } catch (RuntimeException e) {
      LOG.warnf(
          "Gazetteer %s not reloaded, keeping the previous one: %s",
          gazetteerLocation, e.getMessage());
    }
    rules.reloadFileIfChanged();
  }

  @Override
  public void close() {
    reloader.shutdownNow();
  }
}
