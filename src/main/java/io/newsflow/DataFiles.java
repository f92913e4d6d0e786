package io.newsflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The data files newsflow reads and keeps: a configured location is a file path or {@code
 * classpath:NAME} (a resource in the jar); state files are replaced atomically. Stateless.
 */
public final class DataFiles {

  public static final String CLASSPATH = "classpath:";

  private DataFiles() {}

  /**
   * Opens a file path or {@code classpath:} resource.
   *
   * @throws IOException naming the location when there is nothing to read there
   */
  public static InputStream open(String location) throws IOException {
    if (location.startsWith(CLASSPATH)) {
      String name = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
      if (in == null) {
        in = DataFiles.class.getClassLoader().getResourceAsStream(name);
      }
      if (in == null) {
        throw new IOException("no resource " + name + " on the classpath");
      }
      return in;
    }
    Path path = Path.of(location);
    if (!Files.isRegularFile(path)) {
      throw new IOException("no file " + path.toAbsolutePath());
    }
    return Files.newInputStream(path);
  }

  /** Writes {@code content} to a sibling temporary file, then moves it over {@code file}. */
  public static void writeAtomically(Path file, String content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temp, content, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
