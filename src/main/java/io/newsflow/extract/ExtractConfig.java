package io.newsflow.extract;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Extraction settings of the service. */
@ConfigMapping(prefix = "newsflow.extract")
public interface ExtractConfig {

  /**
   * Per-site rules (CSS selectors to drop or to pin the body, keyed by host), read at startup; none
   * when unset. A bad file stops startup naming this key.
   */
  Optional<String> siteRulesFile();
}
