package io.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * Kafka TLS and SASL settings pass through to the clients: from a properties file (the documented
 * example, {@code deploy/external-kafka.properties}) and from environment variables.
 */
class KafkaPassThroughTest {

  private static final EmbeddedKafkaConfig EMBEDDED =
      new EmbeddedKafkaConfig() {
        @Override
        public int port() {
          return 9092;
        }

        @Override
        public int controllerPort() {
          return 0;
        }
      };

  private static Map<String, String> load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    Map<String, String> map = new HashMap<>();
    properties.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  @Test
  void shouldPassTheDocumentedSaslSslExampleToTheClients() throws Exception {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .addDefaultInterceptors() // ${...} expansion, as in the running application
            .withSources(
                new PropertiesConfigSource(
                    load(Path.of("deploy/external-kafka.properties")), "example", 100),
                new EnvConfigSource(
                    Map.of("KAFKA_PASSWORD", "pw-from-env", "TRUSTSTORE_PASSWORD", "ts-pw"), 300))
            .build();

    Map<String, Object> producer = new KafkaClients(config, EMBEDDED).producerConfig("p");

    assertThat(producer)
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.type", "PKCS12")
        .containsEntry("ssl.truststore.password", "ts-pw")
        .containsEntry(
            "bootstrap.servers", "kafka-0.example.internal:9093,kafka-1.example.internal:9093");
    assertThat((String) producer.get("sasl.jaas.config"))
        .startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required")
        .contains("password=\"pw-from-env\"");
    assertThat(producer).containsEntry("acks", "all");
  }

  @Test
  void shouldPassKafkaSettingsGivenAsEnvironmentVariables() {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(
                new EnvConfigSource(
                    Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", "broker.example.internal:9093",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "KAFKA_SASL_MECHANISM", "SCRAM-SHA-256",
                        "KAFKA_SASL_JAAS_CONFIG",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"u\" password=\"p\";"),
                    300))
            .build();

    KafkaClients clients = new KafkaClients(config, EMBEDDED);
    Map<String, Object> producer = clients.producerConfig("p");

    assertThat(clients.usesEmbeddedBroker()).isFalse();
    assertThat(producer)
        .containsEntry("bootstrap.servers", "broker.example.internal:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-256");
    assertThat((String) producer.get("sasl.jaas.config")).contains("ScramLoginModule");
  }

  @Test
  void shouldBuildARealSaslSslClientFromThoseSettings() {
    KafkaClients clients =
        new KafkaClients(
            Map.of(
                "bootstrap.servers", "127.0.0.1:1",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"u\" password=\"p\";"),
            0);

    // the client accepts the settings: its SASL_SSL channel builder and JAAS login are built
    try (KafkaProducer<String, byte[]> producer = clients.producer("sasl-ssl-test")) {
      assertThat(producer.metrics()).isNotEmpty();
    }
  }
}
