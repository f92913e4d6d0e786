package io.newsflow.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Supplies a real Kafka broker to every integration test: Testcontainers' Kafka container when a
 * Docker engine is available, the embedded KRaft broker otherwise. One broker serves the whole test
 * JVM; it stops when the JVM exits.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  private static final String IMAGE = "apache/kafka:4.1.1";
  private static String bootstrapServers;
  private static Path dataDir;

  @Override
  public Map<String, String> start() {
    return Map.of("kafka.bootstrap.servers", bootstrapServers(), "newsflow.data-dir", dataDir());
  }

  /** A data directory of this test JVM's own, so state never leaks from an earlier run. */
  static synchronized String dataDir() {
    if (dataDir == null) {
      try {
        Files.createDirectories(Path.of("target"));
        dataDir = Files.createTempDirectory(Path.of("target"), "test-data-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataDir.toString();
  }

  @Override
  public void stop() {
    // Shared by every test class in this JVM; stopped by the shutdown hook.
  }

  /** Starts the shared broker on first use and returns its bootstrap servers. */
  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      bootstrapServers = dockerAvailable() ? startContainer() : startEmbedded();
    }
    return bootstrapServers;
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static String startContainer() {
    KafkaContainer container = new KafkaContainer(IMAGE);
    container.start();
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
    return container.getBootstrapServers();
  }

  private static String startEmbedded() {
    try {
      Path dir = Files.createTempDirectory(Path.of("target"), "test-kafka-");
      EmbeddedKafka broker = new EmbeddedKafka(dir, 0, 0).start();
      Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
      return broker.bootstrapServers();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
