package io.newsflow.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads the pages of a batch: every {@code *.html}, {@code *.htm}, {@code *.html.gz} and {@code
 * *.gz} file of a directory (in name order; {@code .gz} files are gunzipped), or the HTML responses
 * of a WARC file with their recorded URLs and headers. A page that cannot be read is handed on with
 * its error instead of bytes.
 */
final class PageSource {

  /** One input page; {@code error} is set (and {@code html} empty) when it could not be read. */
  record Page(
      String id,
      byte[] html,
      @Nullable String url,
      Map<String, List<String>> headers,
      @Nullable Instant fetchedAt,
      @Nullable String error) {}

  private static final long MAX_PAGE_BYTES = 64L * 1024 * 1024;

  private PageSource() {}

  /** Hands every page of the input (directory or WARC file) to the consumer, in order. */
  static void read(Path input, Consumer<Page> consumer) throws IOException {
    read(input, consumer, position -> {});
  }

  /**
   * Hands every page of the input to the consumer, in order, telling {@code positions} the bytes of
   * a WARC read so far (nothing for a directory: count its pages with {@link #count(Path)}).
   */
  static void read(Path input, Consumer<Page> consumer, LongConsumer positions) throws IOException {
    if (Files.isDirectory(input)) {
      readDirectory(input, consumer);
    } else {
      readWarc(input, consumer, positions);
    }
  }

  /** Page files of a directory; -1 for a WARC, whose records are not counted ahead. */
  static long count(Path input) throws IOException {
    if (!Files.isDirectory(input)) {
      return -1;
    }
    try (Stream<Path> list = Files.list(input)) {
      return list.filter(p -> Files.isRegularFile(p) && isPageFile(p.getFileName().toString()))
          .count();
    }
  }

  /**
   * The page id of a file name: without {@code .gz}, then without {@code .html} or {@code .htm}.
   */
  static String idOf(String fileName) {
    String id = fileName;
    if (id.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      id = id.substring(0, id.length() - 3);
    }
    String lower = id.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html")) {
      id = id.substring(0, id.length() - 5);
    } else if (lower.endsWith(".htm")) {
      id = id.substring(0, id.length() - 4);
    }
    return id;
  }

  private static boolean isPageFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".gz");
  }

  private static void readDirectory(Path dir, Consumer<Page> consumer) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> Files.isRegularFile(p) && isPageFile(p.getFileName().toString()))
          .sorted()
          .forEach(files::add);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = idOf(name);
      String url = "http://localhost/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
      try {
        byte[] bytes = Files.readAllBytes(file);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
          bytes = gunzip(bytes);
        }
        consumer.accept(new Page(id, bytes, url, Map.of(), null, null));
      } catch (IOException | RuntimeException e) {
        consumer.accept(
            new Page(id, new byte[0], url, Map.of(), null, "cannot read " + name + ": " + e));
      }
    }
  }

  private static void readWarc(Path file, Consumer<Page> consumer, LongConsumer positions)
      throws IOException {
    try {
      WarcResponses.read(
          file.toString(),
          MAX_PAGE_BYTES,
          response -> {
            if (response.error() != null) {
              consumer.accept(
                  new Page(
                      response.url(),
                      new byte[0],
                      response.url(),
                      Map.of(),
                      null,
                      response.error()));
            } else if (response.contentType().toLowerCase(Locale.ROOT).contains("html")) {
              consumer.accept(
                  new Page(
                      response.url(),
                      response.body(),
                      response.url(),
                      response.headers(),
                      response.date(),
                      null));
            }
            return true;
          },
          positions);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted reading " + file, e);
    }
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return readCapped(in);
    }
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      int keep = (int) Math.min(n, MAX_PAGE_BYTES - total);
      out.write(buffer, 0, keep);
      total += keep;
      if (total >= MAX_PAGE_BYTES) {
        break;
      }
    }
    return out.toByteArray();
  }
}
