package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * Kafka clients print their whole configuration at INFO when they start: built by {@link
 * KafkaClients} with a SASL JAAS config and TLS store passwords, they print the settings, and the
 * passwords as {@code [hidden]}.
 */
class KafkaClientLogTest {

  private static final String JAAS_PASSWORD = "jaas-secret-" + System.nanoTime();
  private static final String STORE_PASSWORD = "store-secret-" + System.nanoTime();

  @Test
  void shouldPrintTheClientConfigWithPasswordsHidden() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null && record.getParameters().length > 0) {
              try {
                message = MessageFormat.format(message, record.getParameters());
              } catch (IllegalArgumentException e) {
                message = message + " " + List.of(record.getParameters());
              }
            }
            lines.add(message);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger kafka = Logger.getLogger("org.apache.kafka");
    Level before = kafka.getLevel();
    kafka.setLevel(Level.INFO);
    kafka.addHandler(capture);
    try {
      KafkaClients clients =
          new KafkaClients(
              Map.of(
                  "bootstrap.servers",
                  KafkaTestResource.bootstrapServers(),
                  "sasl.jaas.config",
                  "org.apache.kafka.common.security.scram.ScramLoginModule required"
                      + " username=\"newsflow\" password=\""
                      + JAAS_PASSWORD
                      + "\";",
                  "ssl.truststore.password",
                  STORE_PASSWORD,
                  "ssl.keystore.password",
                  STORE_PASSWORD),
              0);
      try (KafkaProducer<String, byte[]> producer = clients.producer("log-test");
          KafkaConsumer<String, byte[]> consumer = clients.consumer("log-test", "log-test");
          Admin admin = clients.admin()) {
        assertThat(producer.metrics()).isNotEmpty();
      }
    } finally {
      kafka.removeHandler(capture);
      kafka.setLevel(before);
    }

    String log = String.join("\n", lines);
    assertThat(log)
        .contains("ProducerConfig values")
        .contains("ConsumerConfig values")
        .contains("AdminClientConfig values")
        .contains("sasl.jaas.config = [hidden]")
        .contains("ssl.truststore.password = [hidden]");
    assertThat(log).doesNotContain(JAAS_PASSWORD).doesNotContain(STORE_PASSWORD);
  }
}
