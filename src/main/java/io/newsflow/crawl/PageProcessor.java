package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.article.Article;
import io.newsflow.extract.ArticleExtractor;
import io.newsflow.extract.ExtractionOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns one fetched (or replayed) page into a published article: HTML check, extraction,
 * publishing, and only after the broker's acknowledgement, marking its URLs seen. Every outcome
 * becomes a crawl event; nothing throws. Thread-safe.
 */
public final class PageProcessor {

  private final ArticleExtractor extractor;
  private final ArticlePublisher publisher;
  private final SeenUrls seen;
  private final CrawlEvents events;
  private final MeterRegistry metrics;

  public PageProcessor(
      ArticleExtractor extractor,
      ArticlePublisher publisher,
      SeenUrls seen,
      CrawlEvents events,
      MeterRegistry metrics) {
    this.extractor = extractor;
    this.publisher = publisher;
    this.seen = seen;
    this.events = events;
    this.metrics = metrics;
  }

  /** A page to process: what was asked for, where it ended up, and what came back. */
  public record Page(
      String sourceId,
      String requestedUrl,
      String finalUrl,
      Map<String, List<String>> headers,
      byte[] body,
      @Nullable String contentType,
      Instant fetchedAt) {}

  /**
   * Processes the page; the future completes once the article is acknowledged and remembered, or
   * the page's other outcome recorded. It completes exceptionally only when publishing failed: the
   * caller must not count the page as done.
   */
  public CompletableFuture<Void> process(Page page) {
    if (!HttpFetcher.isHtml(page.contentType())
        && !(page.contentType() == null && HttpFetcher.looksLikeHtml(page.body()))) {
      return finish(page, "not-an-article", "content type " + page.contentType() + " is not HTML");
    }
    ExtractionOutcome outcome =
        extractor.extract(page.body(), page.finalUrl(), page.headers(), page.fetchedAt());
    if (outcome instanceof ExtractionOutcome.Extracted extracted) {
      return publish(page, extracted);
    }
    if (outcome instanceof ExtractionOutcome.NotAnArticle notAnArticle) {
      return finish(page, "not-an-article", notAnArticle.reason());
    }
    return finish(page, "extraction-failed", ((ExtractionOutcome.Failed) outcome).reason());
  }

  private CompletableFuture<Void> publish(Page page, ExtractionOutcome.Extracted extracted) {
    metrics.counter("newsflow.extract.outcomes", "outcome", "article").increment();
    Article article = extracted.page().toArticle(page.sourceId(), ArticleExtractor.VERSION);
    if (!article.canonicalUrl().equals(page.requestedUrl())
        && seen.contains(article.canonicalUrl())) {
      seen.add(page.requestedUrl());
      events.record(
          CrawlEvent.of(
              page.sourceId(),
              page.requestedUrl(),
              "fetched",
              "already published as " + article.canonicalUrl()));
      return CompletableFuture.completedFuture(null);
    }
    return publisher
        .publish(article)
        .handle(
            (metadata, error) -> {
              if (error != null) {
                events.record(
                    CrawlEvent.of(
                        page.sourceId(),
                        page.requestedUrl(),
                        "failed",
                        "publish: " + error.getMessage()));
                throw new CompletionException("publishing " + article.id() + " failed", error);
              }
              seen.add(page.requestedUrl(), article.canonicalUrl());
              events.record(
                  new CrawlEvent(
                      Instant.now(),
                      page.sourceId(),
                      page.requestedUrl(),
                      "published",
                      null,
                      null,
                      article.id(),
                      null,
                      null));
              return null;
            });
  }

  private CompletableFuture<Void> finish(Page page, String outcome, String reason) {
    metrics.counter("newsflow.extract.outcomes", "outcome", outcome).increment();
    seen.add(page.requestedUrl());
    events.record(CrawlEvent.of(page.sourceId(), page.requestedUrl(), outcome, reason));
    return CompletableFuture.completedFuture(null);
  }
}
