package io.newsflow.crawl;

import io.newsflow.article.ArticleIds;
import io.newsflow.article.Json;
import io.newsflow.article.UrlCanonicalizer;
import io.newsflow.kafka.CloudEvents;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Puts crawl tasks on the crawl-tasks topic keyed by host, so the crawler instance that owns the
 * host's partition crawls it. Remembers the last {@link #RECENT} URLs it queued so that polling a
 * feed again does not queue its items twice while they wait. Thread-safe.
 */
public final class TaskQueue {

  private static final Logger LOG = Logger.getLogger(TaskQueue.class);
  static final int RECENT = 100_000;

  private final Producer<String, byte[]> producer;
  private final String topic;
  private final Map<String, Boolean> recent =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > RECENT;
        }
      };

  static final String TYPE = "io.newsflow.crawl.task.v1";

  private final String ceSource;

  public TaskQueue(Producer<String, byte[]> producer, String topic, String instance) {
    this.producer = producer;
    this.topic = topic;
    this.ceSource = "/newsflow/crawler/" + instance;
  }

  /** Queues the task unless its URL was queued recently; true when queued. */
  public boolean enqueue(CrawlTask task) {
    synchronized (recent) {
      if (recent.put(task.url(), Boolean.TRUE) != null) {
        return false;
      }
    }
    byte[] value = Json.write(task).getBytes(StandardCharsets.UTF_8);
    producer.send(
        new ProducerRecord<>(
            topic,
            null,
            UrlCanonicalizer.host(task.url()),
            value,
            new CloudEvents(ArticleIds.idFor(task.url()), ceSource, TYPE, task.discoveredAt())
                .toHeaders()),
        (metadata, error) -> {
          if (error != null) {
            synchronized (recent) {
              recent.remove(task.url());
            }
            LOG.warnf(
                "Queueing %s failed, the next poll retries: %s", task.url(), error.getMessage());
          }
        });
    return true;
  }
}
