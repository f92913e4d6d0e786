package io.newsflow.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;

/**
 * Builds Kafka clients for every part of newsflow from one place.
 *
 * <p>Every {@code kafka.*} configuration property passes through to the clients with the prefix
 * removed ({@code kafka.security.protocol=SSL} becomes {@code security.protocol=SSL}). When {@code
 * kafka.bootstrap.servers} is not set, clients talk to the embedded broker on localhost. Producers
 * are idempotent with {@code acks=all}; consumers never auto-commit.
 */
@ApplicationScoped
public class KafkaClients {

  static final String PREFIX = "kafka.";
  static final String BOOTSTRAP = PREFIX + "bootstrap.servers";

  private final Map<String, Object> common;
  private final boolean embedded;

  @Inject
  public KafkaClients(Config config, EmbeddedKafkaConfig embeddedConfig) {
    this(passThrough(config), embeddedConfig.port());
  }

  /** For code outside CDI: {@code settings} are client properties without the prefix. */
  public KafkaClients(Map<String, String> settings, int embeddedPort) {
    Map<String, Object> props = new HashMap<>(settings);
    this.embedded = !props.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
    if (embedded) {
      props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + embeddedPort);
    }
    this.common = Map.copyOf(props);
  }

  /** True when no bootstrap servers are configured, so newsflow runs its own broker. */
  public boolean usesEmbeddedBroker() {
    return embedded;
  }

  public String bootstrapServers() {
    return (String) common.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
  }

  /** The client settings every client starts from, for clients built elsewhere (Kafka Streams). */
  public Map<String, Object> settings() {
    return common;
  }

  public Admin admin() {
    return Admin.create(common);
  }

  /** An idempotent producer that waits for all in-sync replicas. */
  public KafkaProducer<String, byte[]> producer(String clientId) {
    return new KafkaProducer<>(
        producerConfig(clientId), new StringSerializer(), new ByteArraySerializer());
  }

  /** The settings of {@link #producer}: the pass-through settings plus newsflow's own. */
  Map<String, Object> producerConfig(String clientId) {
    Map<String, Object> props = new HashMap<>(common);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    return props;
  }

  /** A consumer in {@code groupId} that starts at the earliest offset and never auto-commits. */
  public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId) {
    Map<String, Object> props = new HashMap<>(common);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * A consumer in no group, for readers that assign partitions themselves and seek (dashboards): it
   * never commits and reads only committed transactional records.
   */
  public KafkaConsumer<String, byte[]> reader(String clientId) {
    Map<String, Object> props = new HashMap<>(common);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    props.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static Map<String, String> passThrough(Config config) {
    Map<String, String> settings = new HashMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        config
            .getOptionalValue(name, String.class)
            .filter(value -> !value.isBlank())
            .ifPresent(value -> settings.put(name.substring(PREFIX.length()), value));
      }
    }
    return settings;
  }
}
