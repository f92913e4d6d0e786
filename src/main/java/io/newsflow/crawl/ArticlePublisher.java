package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.article.Article;
import io.newsflow.article.ArticleSerde;
import io.newsflow.kafka.CloudEvents;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes articles to the articles topic keyed by id, with CloudEvents headers; the future
 * completes when the broker acknowledged (idempotent producer, {@code acks=all}). Thread-safe.
 */
public final class ArticlePublisher {

  static final String TYPE = "io.newsflow.article.extracted.v1";

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final MeterRegistry metrics;
  private final ArticleSerde serde = new ArticleSerde();
  private final String ceSource;

  public ArticlePublisher(
      Producer<String, byte[]> producer, String topic, MeterRegistry metrics, String instance) {
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
        (metadata, error) -> {
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
        });
    return acked;
  }
}
