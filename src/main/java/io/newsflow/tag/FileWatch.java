package io.newsflow.tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a data file changed since the last look, by modification time and size. A {@code
 * classpath:} location never changes. Not thread-safe: one reloader owns it.
 */
final class FileWatch {

  private final @Nullable Path path;
  private @Nullable FileTime modified;
  private long size = -1;

  FileWatch(String location) {
    this.path = location.startsWith(Resources.CLASSPATH) ? null : Path.of(location);
    changed();
  }

  /** True when the file differs from the last time this was asked (or the constructor ran). */
  boolean changed() {
    if (path == null) {
      return false;
    }
    try {
      FileTime nowModified = Files.getLastModifiedTime(path);
      long nowSize = Files.size(path);
      boolean changed = !nowModified.equals(modified) || nowSize != size;
      modified = nowModified;
      size = nowSize;
      return changed;
    } catch (IOException e) {
      return false; // missing for a moment while an editor replaces it: keep what we have
    }
  }
}
