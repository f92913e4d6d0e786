package io.newsflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Settings that belong to no single feature: where data lives and which roles run. */
@ConfigMapping(prefix = "newsflow")
public interface NewsflowConfig {

  /** Directory for everything newsflow keeps on disk (the embedded broker's log among it). */
  @WithDefault("./data")
  String dataDir();

  /** Which parts of the service start in this process. */
  @WithDefault("crawler,tagger,dedup,dashboard")
  Set<Role> roles();

  /**
   * {@code service} when the jar runs without arguments, {@code cli} when it runs a subcommand (set
   * by {@link io.newsflow.cli.Main}); background work only starts in service mode.
   */
  @WithDefault("service")
  Mode mode();

  enum Mode {
    SERVICE,
    CLI
  }

  /** A switchable part of the service. */
  enum Role {
    CRAWLER,
    TAGGER,
    DEDUP,
    DASHBOARD
  }

  /** True when background work for the role should run in this process. */
  default boolean runs(Role role) {
    return mode() == Mode.SERVICE && roles().contains(role);
  }
}
