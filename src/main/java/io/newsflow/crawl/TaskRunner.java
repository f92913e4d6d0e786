package io.newsflow.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Crawls one {@link CrawlTask}: skips it when its URL is done, otherwise fetches it politely and
 * hands a fetched page to the {@link PageProcessor}. Records a crawl event for every fetch outcome.
 * Thread-safe; {@link #fetch} blocks for politeness and I/O.
 */
public final class TaskRunner {

  private static final Logger LOG = Logger.getLogger(TaskRunner.class);

  private final PoliteFetcher fetcher;
  private final PageProcessor pages;
  private final SeenUrls seen;
  private final CrawlEvents events;

  public TaskRunner(PoliteFetcher fetcher, PageProcessor pages, SeenUrls seen, CrawlEvents events) {
    this.fetcher = fetcher;
    this.pages = pages;
    this.seen = seen;
    this.events = events;
  }

  /**
   * Fetches and processes the task. Returns when the fetch is over; the future completes when the
   * page's output is acknowledged; exceptionally only when publishing failed.
   */
  public CompletableFuture<Void> fetch(CrawlTask task) throws InterruptedException {
    if (seen.contains(task.url())) {
      return CompletableFuture.completedFuture(null);
    }
    FetchOutcome outcome;
    try {
      outcome = fetcher.fetch(FetchRequest.of(URI.create(task.url())));
    } catch (IllegalArgumentException e) {
      events.record(
          CrawlEvent.of(task.sourceId(), task.url(), "failed", "bad URL: " + e.getMessage()));
      seen.add(task.url());
      return CompletableFuture.completedFuture(null);
    }
    events.record(eventOf(task.sourceId(), outcome));
    if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
      if (!outcome.retryable()) {
        seen.add(task.url());
      }
      LOG.debugf("%s: %s", task.url(), outcome);
      return CompletableFuture.completedFuture(null);
    }
    if (!fetched.redirects().isEmpty()) {
      events.record(
          CrawlEvent.of(task.sourceId(), task.url(), "redirected", "to " + fetched.finalUrl()));
    }
    return pages.process(
        new PageProcessor.Page(
            task.sourceId(),
            task.url(),
            fetched.finalUrl().toString(),
            fetched.headers(),
            fetched.body(),
            fetched.contentType(),
            Instant.now()));
  }

  /** The crawl event of a fetch outcome. */
  static CrawlEvent eventOf(String sourceId, FetchOutcome outcome) {
    String url = outcome.url().toString();
    if (outcome instanceof FetchOutcome.Fetched f) {
      return new CrawlEvent(
          Instant.now(),
          sourceId,
          url,
          f.outcome(),
          f.status(),
          null,
          null,
          f.elapsed().toMillis(),
          (long) f.body().length);
    }
    Integer status = outcome instanceof FetchOutcome.HttpError e ? e.status() : null;
    return new CrawlEvent(
        Instant.now(),
        sourceId,
        url,
        outcome.outcome(),
        status,
        outcome.toString(),
        null,
        null,
        null);
  }
}
