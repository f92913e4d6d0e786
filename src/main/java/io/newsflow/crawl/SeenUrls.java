package io.newsflow.crawl;

import io.newsflow.article.ArticleIds;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Canonical URLs that are done (published, or found to be no article), remembered across restarts
 * so a restart republishes nothing, and bounded: the oldest are forgotten past {@code capacity}.
 *
 * <p>Each URL is kept as the 128-bit id of its canonical form (see {@link ArticleIds#idFor}), in
 * memory and in an append-only file that is rewritten when it grows to twice the capacity. Thread-
 * safe. About 100 bytes of heap per remembered URL.
 */
public final class SeenUrls implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SeenUrls.class);

  private final Path file;
  private final int capacity;
  private final LinkedHashMap<String, Boolean> ids;
  private BufferedWriter out;
  private int lines;

  public SeenUrls(Path file, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.file = file;
    this.capacity = capacity;
    this.ids =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > SeenUrls.this.capacity;
          }
        };
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        try (Stream<String> stored = Files.lines(file, StandardCharsets.US_ASCII)) {
          stored.filter(line -> line.length() == 32).forEach(id -> ids.put(id, Boolean.TRUE));
        }
        try (Stream<String> stored = Files.lines(file, StandardCharsets.US_ASCII)) {
          lines = (int) stored.count();
        }
      }
      out = open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the seen-URL store " + file, e);
    }
    LOG.debugf("Seen-URL store %s holds %d URLs", file, ids.size());
  }

  /** True when the canonical URL is done. */
  public synchronized boolean contains(String canonicalUrl) {
    return ids.containsKey(ArticleIds.idFor(canonicalUrl));
  }

  /** Remembers canonical URLs as done; written through to the file before it returns. */
  public synchronized void add(String... canonicalUrls) {
    try {
      for (String url : canonicalUrls) {
        String id = ArticleIds.idFor(url);
        if (ids.put(id, Boolean.TRUE) == null) {
          out.write(id);
          out.newLine();
          lines++;
        }
      }
      out.flush();
      if (lines > 2L * capacity) {
        compact();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the seen-URL store " + file, e);
    }
  }

  public synchronized int size() {
    return ids.size();
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warnf("Closing the seen-URL store %s failed: %s", file, e.getMessage());
    }
  }

  private void compact() throws IOException {
    out.close();
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, ids.keySet(), StandardCharsets.US_ASCII);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    lines = ids.size();
    out = open();
  }

  private BufferedWriter open() throws IOException {
    return Files.newBufferedWriter(
        file, StandardCharsets.US_ASCII, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
