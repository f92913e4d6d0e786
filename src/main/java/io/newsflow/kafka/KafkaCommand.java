package io.newsflow.kafka;

import io.newsflow.NewsflowConfig;
import io.quarkus.runtime.Quarkus;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kafka}: runs the embedded broker alone, so several newsflow processes can share it. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    description = "Run a standalone single-node Kafka broker (KRaft) until stopped.")
public class KafkaCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "Client port on localhost (default: newsflow.embedded-kafka.port, 9092).")
  Integer port;

  @Option(
      names = "--controller-port",
      description = "KRaft controller port on localhost; 0 picks a free one (default: 0).")
  Integer controllerPort;

  @Option(
      names = "--data-dir",
      description = "Directory for the broker's log (default: newsflow.data-dir, ./data).")
  Path dataDir;

  private final NewsflowConfig newsflow;
  private final EmbeddedKafkaConfig embedded;

  public KafkaCommand(NewsflowConfig newsflow, EmbeddedKafkaConfig embedded) {
    this.newsflow = newsflow;
    this.embedded = embedded;
  }

  @Override
  public Integer call() {
    Path dir = dataDir != null ? dataDir : Path.of(newsflow.dataDir());
    int clientPort = port != null ? port : embedded.port();
    int raftPort = controllerPort != null ? controllerPort : embedded.controllerPort();
    try (EmbeddedKafka broker = new EmbeddedKafka(dir, clientPort, raftPort).start()) {
      System.out.printf(
          "kafka: serving on %s, log in %s%n", broker.bootstrapServers(), broker.logDir());
      System.out.flush();
      Quarkus.waitForExit();
    }
    return 0;
  }
}
