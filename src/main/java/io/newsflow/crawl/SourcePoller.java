package io.newsflow.crawl;

import io.newsflow.article.UrlCanonicalizer;
import io.newsflow.cli.Progress;
import io.newsflow.extract.WarcResponses;
import io.newsflow.source.Source;
import io.newsflow.source.SourceType;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Polls one source: fetches its feed, sitemap or section page politely with a conditional GET,
 * finds article URLs and queues the new ones as crawl tasks; replays a WARC source's pages
 * directly. Failures become crawl events and source status, never exceptions. Thread-safe.
 */
public final class SourcePoller {

  private static final Logger LOG = Logger.getLogger(SourcePoller.class);

  /** Child sitemaps fetched per poll at most. */
  static final int MAX_SITEMAPS = 50;

  /** Replayed pages awaiting their acknowledgement at most. */
  static final int REPLAY_WINDOW = 256;

  /** Bytes of a replayed body kept at most (the fetcher's default body cap). */
  static final long MAX_REPLAYED_BODY = 10L * 1024 * 1024;

  private final PoliteFetcher fetcher;
  private final TaskQueue queue;
  private final SeenUrls seen;
  private final CrawlEvents events;
  private final PageProcessor pages;
  private final SourceStatus status;
  private final FeedParser feeds = new FeedParser();
  private final SitemapParser sitemaps = new SitemapParser();
  private final SectionPageParser sectionPages = new SectionPageParser();
  private final Map<String, FetchRequest> validators = new ConcurrentHashMap<>();

  public SourcePoller(
      PoliteFetcher fetcher,
      TaskQueue queue,
      SeenUrls seen,
      CrawlEvents events,
      PageProcessor pages,
      SourceStatus status) {
    this.fetcher = fetcher;
    this.queue = queue;
    this.seen = seen;
    this.events = events;
    this.pages = pages;
    this.status = status;
  }

  /** Polls the source once; returns how many new article URLs it queued or replayed. */
  public int poll(Source source) throws InterruptedException {
    status.polled(source.id());
    try {
      int found =
          source.type() == SourceType.WARC ? replay(source) : discover(source, source.url(), 0);
      status.succeeded(source.id(), found);
      return found;
    } catch (RuntimeException e) {
      LOG.warnf("Polling source %s failed: %s", source.id(), e.toString());
      LOG.debug("Poll failure", e);
      status.failed(source.id(), e.toString());
      return 0;
    }
  }

  private int discover(Source source, String listing, int depth) throws InterruptedException {
    Predicate<String> filter = source.urlFilter();
    Deque<String> listings = new ArrayDeque<>(List.of(listing));
    int queued = 0;
    int fetchedListings = 0;
    while (!listings.isEmpty() && fetchedListings++ < MAX_SITEMAPS) {
      String url = listings.poll();
      FetchOutcome outcome =
          fetcher.fetch(validators.getOrDefault(url, FetchRequest.of(URI.create(url))));
      events.record(TaskRunner.eventOf(source.id(), outcome));
      if (outcome instanceof FetchOutcome.NotModified) {
        continue;
      }
      if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
        status.failed(source.id(), outcome.toString());
        continue;
      }
      validators.put(
          url,
          new FetchRequest(
              URI.create(url), fetched.etag().orElse(null), fetched.lastModified().orElse(null)));
      Discovery found;
      try {
        found = parse(source, fetched, filter);
      } catch (FeedParser.FeedException e) {
        events.record(
            CrawlEvent.of(source.id(), url, "failed", "unreadable listing: " + e.getMessage()));
        status.failed(source.id(), e.getMessage());
        continue;
      }
      listings.addAll(found.listings());
      for (String article : found.articles()) {
        if (filter.test(article)
            && !seen.contains(article)
            && queue.enqueue(new CrawlTask(article, source.id(), Instant.now()))) {
          queued++;
        }
      }
    }
    return queued;
  }

  private Discovery parse(Source source, FetchOutcome.Fetched fetched, Predicate<String> filter)
      throws FeedParser.FeedException {
    String url = fetched.finalUrl().toString();
    return switch (source.type()) {
      case FEED -> feeds.parse(fetched.body(), url);
      case SITEMAP -> sitemaps.parse(fetched.body(), fetched.contentType(), url);
      case PAGE -> sectionPages.parse(fetched.body(), url, filter);
      case WARC -> throw new IllegalStateException("WARC sources are replayed, not fetched");
    };
  }

  private int replay(Source source) throws InterruptedException {
    Predicate<String> filter = source.urlFilter();
    List<CompletableFuture<Void>> window = new ArrayList<>();
    int[] replayed = {0};
    try (Progress progress =
        Progress.lines(
            "replay of " + source.id(),
            WarcResponses.size(source.url()),
            true,
            LOG::info,
            Progress.LINE_INTERVAL)) {
      WarcResponses.read(
          source.url(),
          MAX_REPLAYED_BODY,
          response -> {
            if (!response.ok()) {
              if (response.error() != null) {
                LOG.warnf("Skipping a WARC record of source %s: %s", source.id(), response.error());
              }
              return true;
            }
            String url = UrlCanonicalizer.canonicalize(response.url()).orElse(null);
            if (url == null || !filter.test(url) || seen.contains(url)) {
              return true;
            }
            replayed[0]++;
            window.add(
                pages.process(
                    new PageProcessor.Page(
                        source.id(),
                        url,
                        url,
                        response.headers(),
                        response.body(),
                        response.contentType(),
                        Instant.now())));
            if (window.size() >= REPLAY_WINDOW) {
              CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
              window.clear();
            }
            return !Thread.currentThread().isInterrupted();
          },
          progress::advanceTo);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read WARC " + source.url(), e);
    }
    CompletableFuture.allOf(window.toArray(CompletableFuture[]::new)).join();
    return replayed[0];
  }
}
