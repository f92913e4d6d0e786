package io.newsflow.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The dashboard role's settings ({@code newsflow.dashboard.*}). */
@ConfigMapping(prefix = "newsflow.dashboard")
public interface DashboardConfig {

  /** How far back the dashboard reads the topics at start, and the span of its charts. */
  @WithDefault("PT1H")
  Duration window();

  /** Recent articles kept in memory for the list, the filters and the article view. */
  @WithDefault("5000")
  int maxArticles();

  /** Consumer groups whose lag is measured (the crawler, the tagger, the deduplicator). */
  @WithDefault("newsflow-crawler,newsflow-tagger,newsflow-dedup")
  List<String> groups();

  /** How often consumer lag is measured. */
  @WithDefault("PT10S")
  Duration lagInterval();

  /** How often the page's live stream sends fresh figures. */
  @WithDefault("PT2S")
  Duration pushInterval();
}
