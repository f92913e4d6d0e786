package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.newsflow.kafka.TopicInitializer;
import io.newsflow.kafka.TopicsConfig;
import io.newsflow.source.SourceFile;
import io.newsflow.tag.RuleFile;
import io.newsflow.tag.RuleMatcher;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders {@code deploy/} (the base and each overlay, see {@link Kustomize}), reads every resource
 * into its typed model (see {@link KubernetesModels}: unknown fields and wrong types fail) and
 * checks the references between them and the files they name. Fails while a file a kustomization
 * lists is missing. {@code -Dnewsflow.deploy-dir=...} points it at another copy of {@code deploy/}.
 */
class ManifestTest {

  static final Path DEPLOY = Path.of(System.getProperty("newsflow.deploy-dir", "deploy"));
  private static final String CONFIG_FILE = "application.properties";
  private static final Set<String> ROLES = Set.of("crawler", "tagger", "dedup", "dashboard");

  /** One rendered kustomization, typed. */
  record Rendered(String name, List<HasMetadata> resources) {
    <T extends HasMetadata> List<T> all(Class<T> type) {
      return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
      List<T> found = all(type).stream().filter(r -> named(r, name)).toList();
      assertThat(found).as("%s: %s %s", this.name, type.getSimpleName(), name).hasSize(1);
      return found.get(0);
    }

    boolean has(Class<? extends HasMetadata> type, String name) {
      return all(type).stream().anyMatch(r -> named(r, name));
    }

    List<Workload> workloads() {
      List<Workload> out = new ArrayList<>();
      all(Deployment.class)
          .forEach(
              d ->
                  out.add(
                      new Workload(
                          d.getMetadata().getName(),
                          d.getSpec().getTemplate(),
                          d.getSpec().getSelector().getMatchLabels(),
                          List.of(),
                          null)));
      all(StatefulSet.class)
          .forEach(
              s ->
                  out.add(
                      new Workload(
                          s.getMetadata().getName(),
                          s.getSpec().getTemplate(),
                          s.getSpec().getSelector().getMatchLabels(),
                          Objects.requireNonNullElse(
                              s.getSpec().getVolumeClaimTemplates(), List.of()),
                          s.getSpec().getServiceName())));
      return out;
    }

    /** newsflow's settings as the pods read them. */
    Properties config() {
      Properties properties = new Properties();
      try {
        properties.load(
            new StringReader(one(ConfigMap.class, "newsflow-config").getData().get(CONFIG_FILE)));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return properties;
    }
  }

  record Workload(
      String name,
      PodTemplateSpec template,
      Map<String, String> selector,
      List<PersistentVolumeClaim> claims,
      String serviceName) {
    Container container() {
      assertThat(template.getSpec().getContainers()).as(name).hasSize(1);
      return template.getSpec().getContainers().get(0);
    }

    String env(String variable) {
      return container().getEnv().stream()
          .filter(e -> e.getName().equals(variable))
          .map(EnvVar::getValue)
          .findFirst()
          .orElse(null);
    }

    /** The volume mounted at the directory that holds {@code file}, and the file's name in it. */
    String[] mountOf(String file) {
      Path path = Path.of(file);
      for (VolumeMount mount : container().getVolumeMounts()) {
        if (path.getParent().equals(Path.of(mount.getMountPath()))) {
          return new String[] {mount.getName(), path.getFileName().toString()};
        }
      }
      return null;
    }
  }

  static Rendered render(String kustomization) {
    List<HasMetadata> typed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> resource : Kustomize.render(DEPLOY.resolve(kustomization))) {
      try {
        typed.add(KubernetesModels.read(resource));
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(kustomization + ":\n" + String.join("\n", problems));
    }
    return new Rendered(kustomization, typed);
  }

  private static boolean named(HasMetadata resource, String name) {
    return resource.getMetadata().getName().equals(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/all-in-one", "overlays/scaled"})
  void shouldListOnlyFilesThatExistUnderTheKustomization(String kustomization) {
    Path root = DEPLOY.resolve(kustomization).toAbsolutePath().normalize();
    for (Path file : Kustomize.referencedFiles(root)) {
      assertThat(file).as("listed by %s", kustomization).isRegularFile();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/all-in-one", "overlays/scaled"})
  void shouldRenderIntoTypedResourcesWithoutUnknownFields(String kustomization) {
    Rendered rendered = render(kustomization);

    assertThat(rendered.resources())
        .extracting(r -> r.getKind() + "/" + r.getMetadata().getName())
        .doesNotHaveDuplicates();
    assertThat(rendered.resources())
        .filteredOn(r -> !r.getKind().equals("Namespace"))
        .allSatisfy(
            r -> assertThat(r.getMetadata().getNamespace()).as(r.getKind()).isEqualTo("newsflow"));
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/all-in-one", "overlays/scaled"})
  void shouldReferenceOnlyResourcesThatExist(String kustomization) {
    Rendered r = render(kustomization);
    for (Workload w : r.workloads()) {
      String name = kustomization + " " + w.name();
      var spec = w.template().getSpec();
      assertThat(
              r.has(
                  io.fabric8.kubernetes.api.model.ServiceAccount.class,
                  spec.getServiceAccountName()))
          .as("%s: service account %s", name, spec.getServiceAccountName())
          .isTrue();
      assertThat(w.template().getMetadata().getLabels())
          .as(name)
          .containsAllEntriesOf(w.selector());
      Set<String> volumes = new HashSet<>();
      for (Volume volume : spec.getVolumes()) {
        volumes.add(volume.getName());
        if (volume.getConfigMap() != null) {
          assertThat(r.has(ConfigMap.class, volume.getConfigMap().getName()))
              .as("%s: config map %s", name, volume.getConfigMap().getName())
              .isTrue();
        }
        if (volume.getSecret() != null) {
          assertThat(r.has(Secret.class, volume.getSecret().getSecretName())).as(name).isTrue();
        }
        assertThat(volume.getPersistentVolumeClaim())
            .as("%s: claims come from templates", name)
            .isNull();
      }
      w.claims().forEach(c -> volumes.add(c.getMetadata().getName()));
      Container container = w.container();
      for (VolumeMount mount : container.getVolumeMounts()) {
        assertThat(volumes)
            .as("%s: volume of mount %s", name, mount.getMountPath())
            .contains(mount.getName());
      }
      for (EnvVar env : container.getEnv()) {
        if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
          var ref = env.getValueFrom().getSecretKeyRef();
          Secret secret = r.one(Secret.class, ref.getName());
          Set<String> keys = new HashSet<>();
          if (secret.getData() != null) keys.addAll(secret.getData().keySet());
          if (secret.getStringData() != null) keys.addAll(secret.getStringData().keySet());
          assertThat(keys).as("%s: key of secret %s", name, ref.getName()).contains(ref.getKey());
        }
        if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
          var ref = env.getValueFrom().getConfigMapKeyRef();
          assertThat(r.one(ConfigMap.class, ref.getName()).getData())
              .as(name)
              .containsKey(ref.getKey());
        }
      }
      Set<String> ports =
          container.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
      for (Probe probe :
          List.of(
              container.getLivenessProbe(),
              container.getReadinessProbe(),
              container.getStartupProbe())) {
        assertThat(ports)
            .as("%s: probe port", name)
            .contains(probe.getHttpGet().getPort().getStrVal());
      }
      if (w.serviceName() != null) {
        Service service = r.one(Service.class, w.serviceName());
        assertThat(service.getSpec().getClusterIP())
            .as("%s: headless service", name)
            .isEqualTo("None");
      }
      // the config file, and the files it names, are mounted from config maps that hold them
      String locations = w.env("QUARKUS_CONFIG_LOCATIONS");
      assertThat(locations).as(name).isNotNull();
      assertMountedFile(r, w, locations);
      Properties config = r.config();
      assertMountedFile(r, w, config.getProperty("newsflow.sources.file"));
      assertMountedFile(r, w, config.getProperty("newsflow.tag.rules-file"));
      String dataDir = config.getProperty("newsflow.data-dir");
      assertThat(container.getVolumeMounts())
          .as("%s: newsflow.data-dir is the data volume", name)
          .anySatisfy(
              m -> {
                assertThat(m.getMountPath()).isEqualTo(dataDir);
                assertThat(m.getName()).isEqualTo("data");
              });
    }
    for (Service service : r.all(Service.class)) {
      List<Workload> selected =
          r.workloads().stream()
              .filter(
                  w ->
                      w.template()
                          .getMetadata()
                          .getLabels()
                          .entrySet()
                          .containsAll(service.getSpec().getSelector().entrySet()))
              .toList();
      assertThat(selected)
          .as("%s: pods of service %s", kustomization, service.getMetadata().getName())
          .isNotEmpty();
      for (ServicePort port : service.getSpec().getPorts()) {
        assertThat(selected.get(0).container().getPorts())
            .as("target port of %s", service.getMetadata().getName())
            .anySatisfy(p -> assertThat(p.getName()).isEqualTo(port.getTargetPort().getStrVal()));
      }
    }
    for (ServiceMonitor monitor : r.all(ServiceMonitor.class)) {
      Map<String, String> selector = monitor.getSpec().getSelector().getMatchLabels();
      List<Service> scraped =
          r.all(Service.class).stream()
              .filter(s -> s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
              .toList();
      assertThat(scraped).as("%s: services the monitor scrapes", kustomization).isNotEmpty();
      monitor
          .getSpec()
          .getEndpoints()
          .forEach(
              e -> {
                assertThat(e.getPath()).isEqualTo("/q/metrics");
                assertThat(scraped)
                    .allSatisfy(
                        s ->
                            assertThat(s.getSpec().getPorts())
                                .extracting(ServicePort::getName)
                                .contains(e.getPort()));
              });
    }
    Kafka kafka = r.all(Kafka.class).get(0);
    String cluster = kafka.getMetadata().getName();
    assertThat(kafka.getMetadata().getAnnotations())
        .containsEntry("strimzi.io/kraft", "enabled")
        .containsEntry("strimzi.io/node-pools", "enabled");
    for (HasMetadata owned : List.<HasMetadata>copyOf(r.all(KafkaNodePool.class))) {
      assertThat(owned.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
    }
    for (HasMetadata owned : List.<HasMetadata>copyOf(r.all(KafkaTopic.class))) {
      assertThat(owned.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
    }
    assertThat(r.all(KafkaNodePool.class))
        .anySatisfy(p -> assertThat(p.getSpec().getRoles()).contains(ProcessRoles.BROKER))
        .anySatisfy(p -> assertThat(p.getSpec().getRoles()).contains(ProcessRoles.CONTROLLER));
    int plainPort =
        kafka.getSpec().getKafka().getListeners().stream()
            .filter(l -> !l.isTls())
            .findFirst()
            .orElseThrow()
            .getPort();
    assertThat(r.config().getProperty("kafka.bootstrap.servers"))
        .isEqualTo(cluster + "-kafka-bootstrap:" + plainPort);
  }

  private static void assertMountedFile(Rendered r, Workload w, String file) {
    assertThat(file).as("%s: a file setting", w.name()).isNotNull();
    String[] mount = w.mountOf(file);
    assertThat(mount).as("%s: %s is on a mounted volume", w.name(), file).isNotNull();
    Volume volume =
        w.template().getSpec().getVolumes().stream()
            .filter(v -> v.getName().equals(mount[0]))
            .findFirst()
            .orElseThrow();
    assertThat(volume.getConfigMap())
        .as("%s: %s comes from a config map", w.name(), file)
        .isNotNull();
    assertThat(r.one(ConfigMap.class, volume.getConfigMap().getName()).getData())
        .as("%s: %s", w.name(), file)
        .containsKey(mount[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/all-in-one", "overlays/scaled"})
  void shouldDeclareTheTopicsAsNewsflowCreatesThem(String kustomization) {
    Rendered r = render(kustomization);
    Map<String, String> settings = new HashMap<>();
    r.config().forEach((k, v) -> settings.put((String) k, (String) v));
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(settings, "deploy", 100))
            .withMapping(TopicsConfig.class)
            .build();
    TopicsConfig topics = config.getConfigMapping(TopicsConfig.class);
    TopicInitializer initializer = new TopicInitializer(topics);

    Map<String, KafkaTopic> declared =
        r.all(KafkaTopic.class).stream()
            .collect(Collectors.toMap(t -> t.getSpec().getTopicName(), t -> t));
    assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(topics.all());
    for (String name : topics.all()) {
      NewTopic wanted = initializer.newTopic(name);
      KafkaTopic topic = declared.get(name);
      assertThat(topic.getSpec().getPartitions()).as(name).isEqualTo(wanted.numPartitions());
      assertThat(topic.getSpec().getReplicas())
          .as(name)
          .isEqualTo((int) wanted.replicationFactor());
      Map<String, String> actual = new HashMap<>();
      topic.getSpec().getConfig().forEach((k, v) -> actual.put(k, String.valueOf(v)));
      assertThat(actual).as(name).isEqualTo(wanted.configs());
    }
    int brokers =
        r.all(KafkaNodePool.class).stream()
            .filter(p -> p.getSpec().getRoles().contains(ProcessRoles.BROKER))
            .mapToInt(p -> p.getSpec().getReplicas())
            .sum();
    assertThat((int) topics.replicationFactor()).isLessThanOrEqualTo(brokers);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/all-in-one", "overlays/scaled"})
  void shouldRunEveryRoleWithProbesResourcesAndStateOnVolumes(String kustomization) {
    Rendered r = render(kustomization);
    Set<String> running = new TreeSet<>();
    for (Workload w : r.workloads()) {
      Container c = w.container();
      assertThat(c.getLivenessProbe().getHttpGet().getPath())
          .as(w.name())
          .isEqualTo("/q/health/live");
      assertThat(c.getReadinessProbe().getHttpGet().getPath())
          .as(w.name())
          .isEqualTo("/q/health/ready");
      assertThat(c.getResources().getRequests()).as(w.name()).containsKeys("cpu", "memory");
      assertThat(c.getEnv())
          .as(w.name())
          .filteredOn(e -> e.getName().equals("NEWSFLOW_ADMIN_API_KEY"))
          .singleElement()
          .satisfies(e -> assertThat(e.getValueFrom().getSecretKeyRef()).isNotNull());
      Set<String> roles = Set.of(w.env("NEWSFLOW_ROLES").split(","));
      assertThat(ROLES).containsAll(roles);
      running.addAll(roles);
      if (roles.contains("dedup") || roles.contains("crawler")) {
        assertThat(w.claims()).as("%s keeps its state on a volume", w.name()).isNotEmpty();
      }
    }
    assertThat(running).containsExactlyInAnyOrderElementsOf(ROLES);
  }

  @Test
  void shouldRunEachRoleInAWorkloadOfItsOwnInTheBase() {
    Rendered r = render(".");

    assertThat(r.workloads())
        .extracting(w -> w.env("NEWSFLOW_ROLES"))
        .containsExactlyInAnyOrder("crawler", "tagger", "dedup", "dashboard");
    assertThat(r.has(StatefulSet.class, "newsflow-dedup")).isTrue();
    assertThat(r.has(StatefulSet.class, "newsflow-crawler")).isTrue();
  }

  @Test
  void shouldScaleOutEveryRoleAndTheBrokers() {
    Rendered r = render("overlays/scaled");

    assertThat(r.all(Deployment.class))
        .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isGreaterThan(1));
    assertThat(r.all(StatefulSet.class))
        .allSatisfy(s -> assertThat(s.getSpec().getReplicas()).isGreaterThan(1));
    assertThat(r.one(KafkaNodePool.class, "dual-role").getSpec().getReplicas()).isEqualTo(3);
    // a consumer group has no use for more instances than partitions
    int partitions = Integer.parseInt(r.config().getProperty("newsflow.topics.partitions"));
    assertThat(r.workloads())
        .allSatisfy(w -> assertThat(replicas(r, w.name())).isLessThanOrEqualTo(partitions));
  }

  private static int replicas(Rendered r, String name) {
    return r.has(Deployment.class, name)
        ? r.one(Deployment.class, name).getSpec().getReplicas()
        : r.one(StatefulSet.class, name).getSpec().getReplicas();
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/scaled"})
  void shouldShipConfigurationNewsflowAccepts(String kustomization, @TempDir Path dir)
      throws Exception {
    Rendered r = render(kustomization);
    Set<String> documented = ReadmeKeys.load();
    for (String key : r.config().stringPropertyNames()) {
      if (key.startsWith("newsflow.") || key.startsWith("kafka.")) {
        assertThat(ReadmeKeys.documented(documented, key)).as("README documents %s", key).isTrue();
      }
    }
    for (Workload w : r.workloads()) {
      for (EnvVar env : w.container().getEnv()) {
        if (env.getName().startsWith("NEWSFLOW_")) {
          assertThat(ReadmeKeys.documentedAsEnv(documented, env.getName()))
              .as("%s: README documents %s", w.name(), env.getName())
              .isTrue();
        }
      }
    }
    Path sources = dir.resolve("sources.yaml");
    Files.writeString(
        sources, r.one(ConfigMap.class, "newsflow-sources").getData().get("sources.yaml"));
    assertThat(SourceFile.load(sources.toString())).isNotEmpty();
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, r.one(ConfigMap.class, "newsflow-rules").getData().get("rules.yaml"));
    try (RuleMatcher matcher = new RuleMatcher()) {
      matcher.update(RuleFile.load(rules.toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "overlays/all-in-one", "overlays/scaled"})
  void shouldCarryTheGrafanaDashboardAndThePrometheusAlerts(String kustomization) throws Exception {
    Rendered r = render(kustomization);

    ConfigMap dashboard = r.one(ConfigMap.class, "newsflow-grafana-dashboard");
    assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
    JsonNode json = Kustomize.JSON.readTree(dashboard.getData().get("newsflow.json"));
    assertThat(json.path("panels").isArray()).as("a Grafana dashboard with panels").isTrue();
    assertThat(dashboard.getData().get("newsflow.json"))
        .isEqualTo(Kustomize.read(DEPLOY.resolve("grafana/newsflow.json")));
    List<PrometheusRule> alerts = r.all(PrometheusRule.class);
    assertThat(alerts).as("alert rules").isNotEmpty();
    assertThat(alerts)
        .flatExtracting(a -> a.getSpec().getGroups())
        .flatExtracting(g -> g.getRules())
        .isNotEmpty()
        .allSatisfy(
            rule -> {
              assertThat(rule.getAlert()).isNotBlank();
              assertThat(rule.getExpr().getStrVal()).isNotBlank();
            });
  }
}
