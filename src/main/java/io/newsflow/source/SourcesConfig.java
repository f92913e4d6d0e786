package io.newsflow.source;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where sources come from. */
@ConfigMapping(prefix = "newsflow.sources")
public interface SourcesConfig {

  /**
   * The sources file (YAML): a path, or {@code classpath:NAME} for a resource in the jar. Read at
   * startup; sources changed through the admin API are kept in {@code
   * <newsflow.data-dir>/sources.json} and win over the file.
   */
  @WithDefault("classpath:sources.yaml")
  String file();
}
