package io.newsflow.bench;

import io.newsflow.kafka.CloudEvents;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.TopicsConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * The processes of {@code bench pipeline}: a standalone broker ({@code kafka} subcommand) and, as
 * separate JVMs of the packaged jar in service mode, two instances of each role, each with its own
 * data directory, HTTP port and instance id. Also answers questions about the run through an
 * AdminClient: records per topic, and whether each role's group is stable and has caught up. Not
 * thread-safe.
 */
final class PipelineCluster implements AutoCloseable {

  /** A role run as separate processes: its {@code newsflow.roles} value, group and input topic. */
  record Role(String name, String groupId, @Nullable String instanceIdKey) {}

  static final Role CRAWLER =
      new Role("crawler", "newsflow-crawler", "newsflow.crawler.instance-id");
  static final Role TAGGER = new Role("tagger", "newsflow-tagger", "newsflow.tag.instance-id");
  static final Role DEDUP = new Role("dedup", "newsflow-dedup", "newsflow.dedup.instance-id");
  static final List<Role> ROLES = List.of(CRAWLER, TAGGER, DEDUP);
  static final int INSTANCES = 2;

  private static final Duration READY = Duration.ofMinutes(2);
  private static final Duration CALL = Duration.ofSeconds(5);

  private final Path dir;
  private final int brokerPort;
  private final ChildJvm broker;
  private final Map<String, ChildJvm> instances = new LinkedHashMap<>();
  private final KafkaClients clients;
  private final TopicsConfig topics;
  private Admin admin;

  PipelineCluster(Path dir, Path jar, Path sourcesFile, TopicsConfig topics) {
    this.dir = dir;
    this.topics = topics;
    this.brokerPort = ChildJvm.freePort();
    this.broker =
        new ChildJvm(
            "broker",
            jar,
            dir.resolve("logs/broker.log"),
            List.of(),
            List.of(
                "kafka",
                "--port",
                Integer.toString(brokerPort),
                "--data-dir",
                dir.resolve("broker").toString()),
            null);
    String bootstrap = "127.0.0.1:" + brokerPort;
    for (Role role : ROLES) {
      for (int i = 1; i <= INSTANCES; i++) {
        String name = role.name() + "-" + i;
        int http = ChildJvm.freePort();
        List<String> properties = new ArrayList<>();
        properties.add("-Dnewsflow.roles=" + role.name());
        if (role.instanceIdKey() != null) {
          properties.add("-D" + role.instanceIdKey() + "=" + name);
        }
        properties.add("-Dkafka.bootstrap.servers=" + bootstrap);
        properties.add("-Dnewsflow.data-dir=" + dir.resolve(name));
        properties.add("-Dquarkus.http.host=127.0.0.1");
        properties.add("-Dquarkus.http.port=" + http);
        // A killed member's partitions move after the session timeout: 6 s, not 45 s.
        properties.add("-Dkafka.session.timeout.ms=6000");
        properties.add("-Dkafka.heartbeat.interval.ms=1500");
        if (role == CRAWLER) {
          properties.add("-Dnewsflow.sources.file=" + sourcesFile);
          properties.add("-Dnewsflow.crawl.allow-private-addresses=true");
          properties.add("-Dnewsflow.crawl.min-delay=PT0S");
        }
        instances.put(
            name,
            new ChildJvm(
                name, jar, dir.resolve("logs/" + name + ".log"), properties, List.of(), http));
      }
    }
    this.clients = new KafkaClients(Map.of("bootstrap.servers", bootstrap), 0);
  }

  KafkaClients clients() {
    return clients;
  }

  ChildJvm instance(String name) {
    ChildJvm jvm = instances.get(name);
    if (jvm == null) {
      throw new IllegalArgumentException("no instance " + name);
    }
    return jvm;
  }

  ChildJvm broker() {
    return broker;
  }

  /** CPU seconds used so far by each process, broker first. */
  Map<String, Double> cpuSeconds() {
    Map<String, Double> cpu = new LinkedHashMap<>();
    Stream.concat(Stream.of(broker), instances.values().stream())
        .forEach(jvm -> cpu.put(jvm.name(), jvm.cpu().toMillis() / 1000.0));
    return cpu;
  }

  /** Instances (the broker among them) that are not running though nothing stopped them. */
  List<ChildJvm> exited() {
    return Stream.concat(Stream.of(broker), instances.values().stream())
        .filter(jvm -> !jvm.alive())
        .toList();
  }

  /** Every log file, broker first. */
  List<Path> logs() {
    return Stream.concat(Stream.of(broker), instances.values().stream())
        .map(ChildJvm::log)
        .toList();
  }

  void startBroker() throws IOException, InterruptedException {
    broker.start();
    int starts = broker.starts();
    broker.awaitReady(READY, () -> brokerServed(starts));
  }

  /** Stops the broker in order (SIGTERM) and starts it again on the same port and data. */
  int restartBroker() throws IOException, InterruptedException {
    int status = broker.stop(Duration.ofSeconds(60));
    startBroker();
    return status;
  }

  /** Starts every instance at once and waits until all are ready. */
  void startInstances() throws IOException, InterruptedException {
    for (ChildJvm jvm : instances.values()) {
      jvm.start();
    }
    for (ChildJvm jvm : instances.values()) {
      jvm.awaitReady(READY, () -> true);
    }
  }

  /**
   * SIGKILLs the instance, starts it again and waits until it is ready; returns the exit status.
   */
  int killAndRestart(String name) throws IOException, InterruptedException {
    ChildJvm jvm = instance(name);
    int status = jvm.kill();
    jvm.start();
    jvm.awaitReady(READY, () -> true);
    return status;
  }

  private boolean brokerServed(int starts) {
    try {
      long served;
      try (Stream<String> lines = Files.lines(broker.log(), StandardCharsets.UTF_8)) {
        served = lines.filter(line -> line.startsWith("kafka: serving on")).count();
      }
      return served >= starts;
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Records ever written to {@code topic} (the sum of its end offsets), if the broker answers. */
  OptionalLong records(String topic) {
    try {
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      for (int p = 0; p < topics.partitions(); p++) {
        latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
      }
      ListOffsetsResult result = admin().listOffsets(latest);
      long sum = 0;
      for (var info : result.all().get(CALL.toMillis(), TimeUnit.MILLISECONDS).values()) {
        sum += info.offset();
      }
      return OptionalLong.of(sum);
    } catch (Exception e) {
      return OptionalLong.empty();
    }
  }

  /** The distinct {@code dlq.stage: dlq.error} of the first dead letters, at most {@code max}. */
  List<String> deadLetterReasons(String dlq, int max) {
    List<String> reasons = new ArrayList<>();
    try (var consumer = clients.consumer("newsflow-bench-dlq-" + System.nanoTime(), "bench-dlq")) {
      consumer.subscribe(List.of(dlq));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (reasons.size() < max && System.nanoTime() < deadline) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          String reason =
              CloudEvents.header(record.headers(), "dlq.stage")
                  + ": "
                  + CloudEvents.header(record.headers(), "dlq.error");
          if (reasons.size() < max && !reasons.contains(reason)) {
            reasons.add(reason);
          }
        }
      }
    } catch (RuntimeException e) {
      reasons.add("(unreadable: " + e.getMessage() + ")");
    }
    return reasons;
  }

  /** True when the group is stable with every instance of its role as a member. */
  boolean stable(Role role) {
    try {
      ConsumerGroupDescription group =
          admin()
              .describeConsumerGroups(List.of(role.groupId()))
              .all()
              .get(CALL.toMillis(), TimeUnit.MILLISECONDS)
              .get(role.groupId());
      return group.groupState() == GroupState.STABLE && group.members().size() >= INSTANCES;
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * Records the role's group has not committed yet: of {@code input}, and of any other topic it
   * consumes (a Kafka Streams app's own repartition topics) but one per partition, the commit
   * marker an exactly-once consumer only passes with its next commit. Empty if the broker does not
   * answer.
   */
  OptionalLong lag(Role role, String input) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin()
              .listConsumerGroupOffsets(role.groupId())
              .partitionsToOffsetAndMetadata()
              .get(CALL.toMillis(), TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      for (int p = 0; p < topics.partitions(); p++) {
        latest.put(new TopicPartition(input, p), OffsetSpec.latest());
      }
      committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
      long lag = 0;
      for (var entry :
          admin()
              .listOffsets(latest)
              .all()
              .get(CALL.toMillis(), TimeUnit.MILLISECONDS)
              .entrySet()) {
        OffsetAndMetadata done = committed.get(entry.getKey());
        long behind = entry.getValue().offset() - (done == null ? 0 : done.offset());
        lag += entry.getKey().topic().equals(input) ? behind : Math.max(0, behind - 1);
      }
      return OptionalLong.of(lag);
    } catch (Exception e) {
      return OptionalLong.empty();
    }
  }

  private Admin admin() {
    if (admin == null) {
      admin = clients.admin();
    }
    return admin;
  }

  /** Stops every instance in order (SIGTERM), then the broker. */
  void stopInstances() throws InterruptedException {
    instances.values().forEach(ChildJvm::terminate);
    for (ChildJvm jvm : instances.values()) {
      if (jvm.alive()) {
        jvm.stop(Duration.ofSeconds(30));
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (admin != null) {
      admin.close(Duration.ofSeconds(2));
      admin = null;
    }
    stopInstances();
    broker.stop(Duration.ofSeconds(30));
  }

  Path dir() {
    return dir;
  }

  int brokerPort() {
    return brokerPort;
  }
}
