package io.newsflow.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/** The configured admin API key; compares in constant time and never reveals it. */
@ApplicationScoped
public class AdminKey {

  private final byte @Nullable [] key;

  public AdminKey(AdminConfig config) {
    this.key =
        config
            .apiKey()
            .filter(k -> !k.isBlank())
            .map(k -> k.getBytes(StandardCharsets.UTF_8))
            .orElse(null);
  }

  /** False when no key is configured: admin writes are disabled. */
  public boolean configured() {
    return key != null;
  }

  /** True when {@code given} is the configured key. */
  public boolean matches(@Nullable String given) {
    return key != null
        && given != null
        && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return configured() ? "AdminKey[configured]" : "AdminKey[none]";
  }
}
