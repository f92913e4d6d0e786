package io.newsflow.dashboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The dashboard role's settings ({@code newsflow.dashboard.*}). */
@ConfigMapping(prefix = "newsflow.dashboard")
public interface DashboardConfig {

  /** How far back the dashboard reads the topics at start, and the span of its charts. */
  @WithDefault("PT1H")
  Duration window();

  /** Recent articles kept in memory for the list, the filters and the article view. */
  @WithDefault("5000")
  int maxArticles();

  /**
   * Consumer groups whose lag is measured; default: the crawler's ({@code
   * newsflow.crawler.group-id}), the tagger's ({@code newsflow.tag.group-id}) and the
   * deduplicator's ({@code newsflow.dedup.application-id}).
   */
  Optional<List<String>> groups();

  /** How often consumer lag is measured. */
  @WithDefault("PT10S")
  Duration lagInterval();

  /** How often the page's live stream sends fresh figures. */
  @WithDefault("PT2S")
  Duration pushInterval();
}
