package io.newsflow.crawl;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * CDI glue of the network layer: one application-wide {@link PoliteFetcher} built from {@link
 * CrawlConfig} (bad values fail naming their key), closed at shutdown. Everything else in it is
 * plain Java.
 */
@ApplicationScoped
public class CrawlNetwork {

  @Produces
  @Singleton
  @Unremovable
  PoliteFetcher politeFetcher(CrawlConfig config) {
    return PoliteFetcher.create(CrawlSettings.from(config));
  }

  void close(@Disposes PoliteFetcher fetcher) {
    fetcher.close();
  }
}
