package io.newsflow.dashboard;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Publishes histogram buckets for newsflow's timers, so Prometheus and Grafana can compute latency
 * quantiles ({@code histogram_quantile} over {@code *_seconds_bucket}) across instances.
 */
public class Histograms {

  /** The timed work whose latency dashboards show. */
  static final Set<String> TIMERS =
      Set.of(
          "newsflow.crawl.fetch.duration",
          "newsflow.crawl.publish.duration",
          "newsflow.tag.duration",
          "newsflow.dedup.duration");

  @Produces
  @Singleton
  MeterFilter newsflowHistograms() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() == Meter.Type.TIMER && TIMERS.contains(id.getName())) {
          return DistributionStatisticConfig.builder()
              .percentilesHistogram(true)
              .build()
              .merge(config);
        }
        return config;
      }
    };
  }
}
