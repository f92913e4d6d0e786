package io.newsflow.admin;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Admin API settings. */
@ConfigMapping(prefix = "newsflow.admin")
public interface AdminConfig {

  /**
   * The key that admin write endpoints require in the {@code X-API-Key} header. When unset, those
   * endpoints are disabled (403).
   */
  Optional<String> apiKey();
}
