package io.newsflow.crawl;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.article.Json;
import io.newsflow.article.UrlCanonicalizer;
import io.newsflow.kafka.CloudEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Records each crawl outcome twice: as the metric {@code newsflow.crawl.fetches{source,outcome}}
 * and as a {@link CrawlEvent} on the crawl-events topic, keyed by host. Events are telemetry: a
 * failed send is logged, never retried. Thread-safe.
 */
public final class CrawlEvents {

  private static final Logger LOG = Logger.getLogger(CrawlEvents.class);
  static final String TYPE = "io.newsflow.crawl.event.v1";

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final MeterRegistry metrics;
  private final String ceSource;

  public CrawlEvents(
      Producer<String, byte[]> producer, String topic, MeterRegistry metrics, String instance) {
    this.producer = producer;
    this.topic = topic;
    this.metrics = metrics;
    this.ceSource = "/newsflow/crawler/" + instance;
  }

  public void record(CrawlEvent event) {
    metrics
        .counter("newsflow.crawl.fetches", "source", event.sourceId(), "outcome", event.outcome())
        .increment();
    if (event.elapsedMs() != null) {
      metrics
          .timer("newsflow.crawl.fetch.duration", "source", event.sourceId())
          .record(Duration.ofMillis(event.elapsedMs()));
    }
    if (event.bytes() != null) {
      metrics
          .summary("newsflow.crawl.fetch.bytes", "source", event.sourceId())
          .record(event.bytes());
    }
    byte[] value = Json.write(event).getBytes(StandardCharsets.UTF_8);
    CloudEvents ce =
        new CloudEvents(
            event.outcome() + ":" + event.url() + ":" + event.time().toEpochMilli(),
            ceSource,
            TYPE,
            event.time());
    producer.send(
        new ProducerRecord<>(
            topic, null, UrlCanonicalizer.host(event.url()), value, ce.toHeaders()),
        (metadata, error) -> {
          if (error != null) {
            LOG.warnf("Crawl event for %s not sent: %s", event.url(), error.getMessage());
          }
        });
  }
}
