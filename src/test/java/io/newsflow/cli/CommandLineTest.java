package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
@TestProfile(CommandLineTest.Cli.class)
class CommandLineTest {

  @Test
  @Launch({"--help"})
  void shouldListTheSubcommands(LaunchResult result) {
    assertThat(result.getOutput()).contains("Usage: newsflow").contains("kafka");
  }

  @Test
  @Launch({"kafka", "--help"})
  void shouldGiveHelpOnEachSubcommand(LaunchResult result) {
    assertThat(result.getOutput()).contains("Usage: newsflow kafka").contains("--port");
  }

  @Test
  @Launch(
      value = {"--no-such-option"},
      exitCode = 2)
  void shouldRejectAnUnknownOptionWithExitCodeTwo(LaunchResult result) {
    assertThat(result.getErrorOutput()).contains("Unknown option: '--no-such-option'");
  }

  /** As {@link Main#main} sets it for a subcommand: no background work. */
  public static class Cli implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("newsflow.mode", "cli");
    }
  }
}
