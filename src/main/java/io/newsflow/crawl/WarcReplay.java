package io.newsflow.crawl;

import io.newsflow.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Replays the HTML responses of a WARC file, a directory of them, or a {@code classpath:} WARC,
 * with their recorded URLs, headers and dates: backfills and the offline demo. Reads with jwarc;
 * bodies are capped at {@link #MAX_BODY} bytes.
 */
public final class WarcReplay {

  private static final Logger LOG = Logger.getLogger(WarcReplay.class);
  static final int MAX_BODY = 10 * 1024 * 1024;

  /** One replayed response. */
  public record Response(
      String url,
      Map<String, List<String>> headers,
      byte[] body,
      String contentType,
      Instant date) {}

  /** Receives replayed responses; return false to stop. */
  public interface Sink {
    boolean accept(Response response) throws InterruptedException;
  }

  /**
   * Replays every 2xx response of {@code location} into {@code sink}, in file order.
   *
   * @return how many responses were replayed
   */
  public static int replay(String location, Sink sink) throws IOException, InterruptedException {
    int count = 0;
    for (String file : files(location)) {
      try (InputStream in = SourceFile.open(file);
          WarcReader reader = new WarcReader(in)) {
        for (WarcRecord record : reader) {
          if (!(record instanceof WarcResponse response)) {
            continue;
          }
          Response replayed = read(response);
          if (replayed == null) {
            continue;
          }
          count++;
          if (!sink.accept(replayed)) {
            return count;
          }
        }
      }
    }
    return count;
  }

  private static @org.jspecify.annotations.Nullable Response read(WarcResponse response) {
    try {
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return null;
      }
      byte[] body = http.body().stream().readNBytes(MAX_BODY);
      Map<String, List<String>> headers = new HashMap<>(http.headers().map());
      return new Response(
          response.target(), headers, body, http.contentType().toString(), response.date());
    } catch (IOException | RuntimeException e) {
      LOG.warnf("Skipping an unreadable WARC record %s: %s", response.id(), e.getMessage());
      return null;
    }
  }

  private static List<String> files(String location) throws IOException {
    if (location.startsWith("classpath:")) {
      return List.of(location);
    }
    Path path = Path.of(location);
    if (!Files.isDirectory(path)) {
      return List.of(location);
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(path)) {
      listing
          .filter(p -> p.getFileName().toString().matches(".*\\.warc(\\.gz)?$"))
          .sorted()
          .forEach(p -> files.add(p.toString()));
    }
    return files;
  }
}
