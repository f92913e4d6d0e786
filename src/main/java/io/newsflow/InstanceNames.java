package io.newsflow;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** The name a role instance goes by in logs, client ids and CloudEvents sources. */
public final class InstanceNames {

  private InstanceNames() {}

  /** The configured name, else the host name, else {@code role}. */
  public static String of(Optional<String> configured, String role) {
    return configured.orElseGet(
        () -> {
          try {
            return InetAddress.getLocalHost().getHostName();
          } catch (UnknownHostException e) {
            return role;
          }
        });
  }
}
