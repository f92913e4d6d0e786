package io.newsflow.extract;

import io.newsflow.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The project's one WARC reader (jwarc): the HTTP responses of a WARC file, a directory of WARC
 * files ({@code *.warc}, {@code *.warc.gz}, in name order) or a {@code classpath:} WARC, with their
 * recorded URLs, headers and dates. Bodies are decoded from their content encoding and cut at a
 * cap. A record that cannot be read is handed on with its error, never thrown.
 */
public final class WarcResponses {

  /** One recorded response; {@code error} is set (and {@code body} empty) when unreadable. */
  public record Response(
      String url,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      String contentType,
      @Nullable Instant date,
      @Nullable String error) {

    public boolean ok() {
      return error == null && status >= 200 && status <= 299;
    }
  }

  /** Receives responses in order; return false to stop. */
  public interface Sink {
    boolean accept(Response response) throws InterruptedException;
  }

  private WarcResponses() {}

  /**
   * Reads every response of {@code location} into {@code sink}.
   *
   * @param maxBody bytes of a decoded body kept at most
   * @return how many responses were handed on
   */
  public static int read(String location, long maxBody, Sink sink)
      throws IOException, InterruptedException {
    return read(location, maxBody, sink, position -> {});
  }

  /**
   * Reads every response of {@code location} into {@code sink}, telling {@code positions} how many
   * bytes of the files (as stored, compressed or not) lie behind each record read, over all files:
   * progress against {@link #size(String)}.
   */
  public static int read(String location, long maxBody, Sink sink, LongConsumer positions)
      throws IOException, InterruptedException {
    int count = 0;
    long before = 0;
    for (String file : files(location)) {
      try (InputStream in = DataFiles.open(file);
          WarcReader reader = new WarcReader(in)) {
        for (WarcRecord record : reader) {
          positions.accept(before + reader.position());
          if (record instanceof WarcResponse response) {
            count++;
            if (!sink.accept(read(response, maxBody))) {
              return count;
            }
          }
        }
      }
      before += Math.max(0, fileSize(file));
      positions.accept(before);
    }
    return count;
  }

  /** Bytes of the WARC files of {@code location} as stored; -1 for a {@code classpath:} WARC. */
  public static long size(String location) throws IOException {
    long total = 0;
    for (String file : files(location)) {
      long size = fileSize(file);
      if (size < 0) {
        return -1;
      }
      total += size;
    }
    return total;
  }

  private static long fileSize(String file) throws IOException {
    return file.startsWith(DataFiles.CLASSPATH) ? -1 : Files.size(Path.of(file));
  }

  private static Response read(WarcResponse response, long maxBody) {
    String url = response.target();
    try {
      HttpResponse http = response.http();
      byte[] body =
          http.bodyDecoded().stream().readNBytes((int) Math.min(maxBody, Integer.MAX_VALUE - 8));
      return new Response(
          url,
          http.status(),
          http.headers().map(),
          body,
          http.contentType().toString(),
          response.date(),
          null);
    } catch (IOException | RuntimeException e) {
      return new Response(url, 0, Map.of(), new byte[0], "", null, "cannot read record: " + e);
    }
  }

  private static List<String> files(String location) throws IOException {
    if (location.startsWith(DataFiles.CLASSPATH) || !Files.isDirectory(Path.of(location))) {
      return List.of(location);
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(Path.of(location))) {
      listing
          .filter(p -> p.getFileName().toString().matches(".*\\.warc(\\.gz)?$"))
          .sorted()
          .forEach(p -> files.add(p.toString()));
    }
    return files;
  }
}
