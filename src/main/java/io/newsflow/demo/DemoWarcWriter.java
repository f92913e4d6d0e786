package io.newsflow.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the demo corpus as a gzipped WARC (one gzip member per record, one {@code response} record
 * per archived page, {@code WARC-Date} = the page's publish time) and its ground truth. Record ids
 * derive from the URLs, so the same corpus gives the same records.
 *
 * <p>Command line: {@code DemoWarcWriter [directory]} writes {@code demo.warc.gz} and {@code
 * truth.json} into the directory (default {@code src/main/resources/demo}).
 */
public final class DemoWarcWriter {

  /** The WARC's file name, in the jar under {@code demo/}. */
  public static final String WARC = "demo.warc.gz";

  /** The ground truth's file name, in the jar under {@code demo/}. */
  public static final String TRUTH = "truth.json";

  /** The classpath resource of the shipped demo WARC, the crawler's default demo source. */
  public static final String WARC_RESOURCE = "demo/" + WARC;

  /** The classpath resource of the shipped ground truth. */
  public static final String TRUTH_RESOURCE = "demo/" + TRUTH;

  private DemoWarcWriter() {}

  /** Writes the pages into a new gzipped WARC file, replacing any file there. */
  public static void write(List<DemoPage> pages, Path warc) throws IOException {
    try (var channel =
            Files.newByteChannel(
                warc,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        var writer = new WarcWriter(channel, WarcCompression.GZIP)) {
      for (DemoPage page : pages) {
        writer.write(record(page));
      }
    }
  }

  static WarcResponse record(DemoPage page) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader(
                "Date",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(page.date().atOffset(ZoneOffset.UTC)))
            .addHeader("Server", "newsflow-demo")
            .body(MediaType.parse(page.contentType()), page.body())
            .setHeader("Content-Type", page.contentType())
            .build();
    return new WarcResponse.Builder(URI.create(page.url()))
        .recordId(UUID.nameUUIDFromBytes(page.url().getBytes(StandardCharsets.UTF_8)))
        .date(page.date())
        .body(http)
        .build();
  }

  /** Writes {@code demo.warc.gz} and {@code truth.json} of the shipped corpus. */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "src/main/resources/demo");
    Files.createDirectories(directory);
    DemoSite site = DemoSite.load();
    List<DemoPage> pages = site.archivedPages();
    write(pages, directory.resolve(WARC));
    Files.writeString(directory.resolve(TRUTH), DemoTruth.json(DemoTruth.of(site)));
    System.out.printf(
        "wrote %d records to %s (%d bytes) and %s%n",
        pages.size(),
        directory.resolve(WARC),
        Files.size(directory.resolve(WARC)),
        directory.resolve(TRUTH));
  }
}
