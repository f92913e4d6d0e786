package io.newsflow.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process),
 * running inside this JVM.
 *
 * <p>Its log lives under {@code directory}; storage is formatted with Kafka's {@link StorageTool}
 * only when the directory holds none yet, so a restart on the same directory keeps every topic and
 * record. Not thread-safe: start and stop from one thread.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedKafka.class);
  private static final String META_PROPERTIES = "meta.properties";

  private final Path directory;
  private final int port;
  private final int controllerPort;
  private @Nullable KafkaRaftServer server;

  /**
   * @param directory where the broker keeps its log; created when missing
   * @param port the client port on localhost ({@code 0} picks a free one)
   * @param controllerPort the KRaft controller port on localhost ({@code 0} picks a free one)
   */
  public EmbeddedKafka(Path directory, int port, int controllerPort) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
    this.port = port == 0 ? freePort() : port;
    this.controllerPort = controllerPort == 0 ? freePort() : controllerPort;
  }

  /** Formats storage when the directory is new, then starts the broker; returns when it serves. */
  public EmbeddedKafka start() {
    if (server != null) {
      return this;
    }
    Properties props = serverProperties();
    try {
      Files.createDirectories(logDir());
      if (!Files.exists(logDir().resolve(META_PROPERTIES))) {
        format(props);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka storage in " + logDir(), e);
    }
    KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    try {
      started.startup();
    } catch (RuntimeException e) {
      started.shutdown();
      throw new IllegalStateException(
          "embedded Kafka failed to start on localhost:" + port + " (data " + logDir() + ")", e);
    }
    server = started;
    LOG.infof(
        "Embedded Kafka broker serving on %s with its log in %s", bootstrapServers(), logDir());
    return this;
  }

  /** Stops the broker and waits until it has; the log stays on disk. */
  public void stop() {
    KafkaRaftServer running = server;
    if (running == null) {
      return;
    }
    server = null;
    running.shutdown();
    running.awaitShutdown();
    LOG.infof("Embedded Kafka broker on %s stopped", bootstrapServers());
  }

  @Override
  public void close() {
    stop();
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  public Path logDir() {
    return directory.resolve("kafka");
  }

  private Properties serverProperties() {
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    props.put(
        "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", logDir().toString());
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "4");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "4");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("auto.create.topics.enable", "false");
    props.put("num.partitions", "1");
    return props;
  }

  private void format(Properties props) throws IOException {
    Path config = directory.resolve("kafka-server.properties");
    try (OutputStream out = Files.newOutputStream(config)) {
      props.store(out, "written by newsflow for StorageTool; the broker is configured in code");
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    String clusterId = Uuid.randomUuid().toString();
    int status;
    try (PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      status =
          StorageTool.execute(
              new String[] {"format", "--cluster-id", clusterId, "--config", config.toString()},
              printer);
    }
    if (status != 0) {
      throw new IllegalStateException(
          "Kafka StorageTool format failed with status "
              + status
              + ": "
              + output.toString(StandardCharsets.UTF_8));
    }
    LOG.infof("Formatted Kafka storage in %s (cluster %s)", logDir(), clusterId);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on localhost", e);
    }
  }
}
