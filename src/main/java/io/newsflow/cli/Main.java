package io.newsflow.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

/**
 * The jar's entry point. Without arguments it runs the service until stopped; with arguments it
 * runs one subcommand ({@code extract}, {@code kafka}, ...) and exits with its status.
 *
 * <p>A subcommand starts no background work and opens no HTTP port: {@link #main} switches the
 * configuration to CLI mode before Quarkus starts.
 */
@QuarkusMain
public final class Main {

  private Main() {}

  public static void main(String... args) {
    if (args.length > 0) {
      System.setProperty("newsflow.mode", "cli");
      System.setProperty("quarkus.http.host-enabled", "false");
      System.setProperty("quarkus.log.console.stderr", "true");
      System.setProperty("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
      System.setProperty("quarkus.banner.enabled", "false");
    }
    Quarkus.run(Application.class, args);
  }

  /** Runs the service, or the subcommand the arguments name. */
  public static final class Application implements QuarkusApplication {

    private final CommandLine.IFactory factory;

    public Application(CommandLine.IFactory factory) {
      this.factory = factory;
    }

    @Override
    public int run(String... args) {
      if (args.length == 0) {
        Quarkus.waitForExit();
        return 0;
      }
      return new CommandLine(NewsflowCommand.class, factory).execute(args);
    }
  }
}
