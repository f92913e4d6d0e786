package io.newsflow.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.crawl.CrawlSettings;
import io.newsflow.crawl.CrawlerEngine;
import io.newsflow.crawl.PoliteFetcher;
import io.newsflow.crawl.SeenUrls;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.kafka.EmbeddedKafka;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.NamedTopics;
import io.newsflow.source.Source;
import io.newsflow.source.SourceType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench crawl}: serves generated article pages and a feed listing them on loopback
 * addresses, crawls them with the real crawler (per-host delay 0) into an embedded broker, and
 * prints articles per second from the first fetch to the last article acknowledged by Kafka.
 */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = "Crawl generated pages on loopback into Kafka and print articles/s.")
public class CrawlBench implements Callable<Integer> {

  @Option(names = "--pages", defaultValue = "5000", description = "Article pages (default 5000).")
  int pages;

  @Option(
      names = "--hosts",
      defaultValue = "8",
      description = "Loopback hosts the pages are spread over, 127.0.0.2 on (default 8).")
  int hosts;

  @Option(
      names = "--concurrency",
      defaultValue = "16",
      description = "Simultaneous fetches (newsflow.crawl.max-concurrency; default 16).")
  int concurrency;

  @Option(
      names = "--timeout",
      defaultValue = "PT10M",
      description = "Give up after this long (default PT10M).")
  Duration timeout;

  @Override
  public Integer call() throws Exception {
    if (pages < 1 || hosts < 1 || hosts > 250) {
      System.err.println("bench crawl: --pages must be positive and --hosts between 1 and 250");
      return 2;
    }
    Path dir = Files.createTempDirectory("newsflow-bench-crawl-");
    List<LoopbackSite> sites = new ArrayList<>();
    try (EmbeddedKafka broker = new EmbeddedKafka(dir, 0, 0).start()) {
      KafkaClients clients = new KafkaClients(Map.of(), broker.port());
      NamedTopics topics = NamedTopics.fresh().create(clients);
      for (int h = 0; h < hosts; h++) {
        sites.add(new LoopbackSite("127.0.0." + (h + 2)));
      }
      StringBuilder items = new StringBuilder();
      for (int i = 1; i <= pages; i++) {
        LoopbackSite site = sites.get(i % hosts);
        String path = "/news/" + i + ".html";
        site.put(
            path,
            "text/html; charset=utf-8",
            SyntheticNews.page(i).getBytes(StandardCharsets.UTF_8));
        items
            .append("<item><title>")
            .append(i)
            .append("</title><link>")
            .append(site.url(path))
            .append("</link></item>\n");
      }
      String feed =
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>bench</title>"
              + items
              + "</channel></rss>";
      sites.get(0).put("/feed.xml", "application/rss+xml", feed.getBytes(StandardCharsets.UTF_8));

      CrawlSettings settings =
          CrawlSettings.defaults("newsflow-bench/1.0").toBuilder()
              .minDelay(Duration.ZERO)
              .allowPrivateAddresses(true)
              .maxConcurrency(concurrency)
              .build();
      Source source =
          new Source(
              "bench",
              SourceType.FEED,
              sites.get(0).url("/feed.xml"),
              Duration.ofHours(1),
              true,
              List.of(),
              List.of(),
              List.of());
      MeterRegistry metrics = new SimpleMeterRegistry();
      long start = System.nanoTime();
      try (CrawlerEngine engine =
          new CrawlerEngine(
              new CrawlerEngine.Options("bench", topics.prefix() + "crawler", 2_000, 1),
              new CrawlerEngine.Topics(
                  topics.crawlTasks(), topics.articles(), topics.crawlEvents(), topics.dlq()),
              clients,
              () -> List.of(source),
              PoliteFetcher.create(settings),
              concurrency,
              new ArticleExtractor(),
              new SeenUrls(dir.resolve("seen-urls"), pages * 2),
              metrics)) {
        engine.start();
        long deadline = start + timeout.toNanos();
        long nextReport = start + Duration.ofSeconds(5).toNanos();
        double published = 0;
        while (published < pages && System.nanoTime() < deadline) {
          Thread.sleep(20);
          published = published(metrics);
          if (System.nanoTime() > nextReport) {
            System.out.printf("crawl: %d/%d articles%n", (long) published, pages);
            nextReport += Duration.ofSeconds(5).toNanos();
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "crawl: %d pages on %d hosts, %d published, concurrency %d, %.1f s%n",
            pages, hosts, (long) published, concurrency, seconds);
        System.out.printf("crawl: %.1f articles/s%n", published / seconds);
        return published >= pages ? 0 : 1;
      }
    } finally {
      sites.forEach(LoopbackSite::close);
    }
  }

  private static double published(MeterRegistry metrics) {
    return metrics.find("newsflow.crawl.articles.published").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
