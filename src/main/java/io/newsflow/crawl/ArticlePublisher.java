package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.article.Article;
import io.newsflow.article.ArticleSerde;
import io.newsflow.kafka.CloudEvents;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes articles to the articles topic keyed by id, with CloudEvents headers; the future
 * completes when the broker acknowledged (idempotent producer, {@code acks=all}), on the given
 * executor, never on the producer's I/O thread (work there that sends again can deadlock).
 * Thread-safe.
 */
public final class ArticlePublisher {

  static final String TYPE = "io.newsflow.article.extracted.v1";

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final MeterRegistry metrics;
  private final ArticleSerde serde = new ArticleSerde();
  private final String ceSource;
  private final Executor completions;

  public ArticlePublisher(
      Producer<String, byte[]> producer,
      String topic,
      MeterRegistry metrics,
      String instance,
      Executor completions) {
    this.completions = completions;
    this.producer = producer;
    this.topic = topic;
    this.metrics = metrics;
    this.ceSource = "/newsflow/crawler/" + instance;
  }

  public CompletableFuture<RecordMetadata> publish(Article article) {
    CloudEvents ce = new CloudEvents(article.id(), ceSource, TYPE, Instant.now());
    Timer.Sample sample = Timer.start(metrics);
    CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
    producer.send(
        new ProducerRecord<>(
            topic, null, article.id(), serde.serialize(topic, article), ce.toHeaders()),
        (metadata, error) ->
            completions.execute(() -> complete(acked, sample, article, metadata, error)));
    return acked;
  }

  private void complete(
      CompletableFuture<RecordMetadata> acked,
      Timer.Sample sample,
      Article article,
      RecordMetadata metadata,
      Exception error) {
    sample.stop(metrics.timer("newsflow.crawl.publish.duration"));
    if (error != null) {
      acked.completeExceptionally(error);
    } else {
      metrics
          .counter(
              "newsflow.crawl.articles.published",
              "source",
              article.sourceId() == null ? "" : article.sourceId())
          .increment();
      acked.complete(metadata);
    }
  }
}
