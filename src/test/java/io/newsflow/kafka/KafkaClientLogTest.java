package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * Kafka clients print their whole configuration at INFO when they start: built by {@link
 * KafkaClients} with a SASL JAAS config and TLS store passwords, they print the settings, and the
 * passwords as {@code [hidden]}. Runs the clients in a JVM of its own with the default log setup,
 * so that no earlier test's logging configuration (Quarkus quiets these loggers) hides anything.
 */
class KafkaClientLogTest {

  private static final String JAAS_PASSWORD = "jaas-secret-" + System.nanoTime();
  private static final String STORE_PASSWORD = "store-secret-" + System.nanoTime();

  /** The child JVM: builds a producer, a consumer and an admin client, then exits. */
  public static final class Clients {
    public static void main(String[] args) {
      java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
      java.util.logging.ConsoleHandler console = new java.util.logging.ConsoleHandler();
      console.setLevel(java.util.logging.Level.INFO);
      root.addHandler(console);
      root.setLevel(java.util.logging.Level.INFO);
      KafkaClients clients =
          new KafkaClients(
              Map.of(
                  "bootstrap.servers",
                  args[0],
                  "sasl.jaas.config",
                  "org.apache.kafka.common.security.scram.ScramLoginModule required"
                      + " username=\"newsflow\" password=\""
                      + args[1]
                      + "\";",
                  "ssl.truststore.password",
                  args[2],
                  "ssl.keystore.password",
                  args[2]),
              0);
      try (KafkaProducer<String, byte[]> producer = clients.producer("log-test");
          KafkaConsumer<String, byte[]> consumer = clients.consumer("log-test", "log-test");
          Admin admin = clients.admin()) {
        System.err.println("clients built: " + producer.metrics().size());
      }
    }
  }

  @Test
  void shouldPrintTheClientConfigWithPasswordsHidden() throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                Clients.class.getName(),
                KafkaTestResource.bootstrapServers(),
                JAAS_PASSWORD,
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .start();
    String log = read(process.getInputStream());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(log).isZero();
    assertThat(log)
        .contains("clients built")
        .contains("ProducerConfig values")
        .contains("ConsumerConfig values")
        .contains("AdminClientConfig values")
        .contains("sasl.jaas.config = [hidden]")
        .contains("ssl.truststore.password = [hidden]");
    assertThat(log).doesNotContain(JAAS_PASSWORD).doesNotContain(STORE_PASSWORD);
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
