package io.newsflow.cli;

import io.newsflow.bench.BenchCommand;
import io.newsflow.dedup.DedupCommand;
import io.newsflow.extract.ExtractCommand;
import io.newsflow.kafka.KafkaCommand;
import io.newsflow.tag.TagCommand;
import org.eclipse.microprofile.config.ConfigProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands. Running the jar without arguments runs the service. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = NewsflowCommand.Version.class,
    description = {
      "Streaming news ingestion: crawl, clean, publish to Kafka, tag and deduplicate.",
      "Without arguments the jar runs the service; with a subcommand it runs that and exits."
    },
    subcommands = {
      KafkaCommand.class,
      ExtractCommand.class,
      TagCommand.class,
      DedupCommand.class,
      BenchCommand.class
    })
public class NewsflowCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The application version from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "newsflow "
            + ConfigProvider.getConfig()
                .getOptionalValue("quarkus.application.version", String.class)
                .orElse("unknown")
      };
    }
  }
}
