package io.newsflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code deploy/compose/compose.yaml} and the Dockerfile without Docker: the YAML parses,
 * every file it mounts or builds from exists, services and volumes it names are declared, and
 * newsflow talks to the compose broker and is scraped by the compose Prometheus.
 */
class ComposeFileTest {

  private static final Path COMPOSE_DIR = ManifestTest.DEPLOY.resolve("compose");
  private static final Set<String> SERVICES = Set.of("kafka", "newsflow", "prometheus", "grafana");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> compose() {
    return Kustomize.readMap(COMPOSE_DIR.resolve("compose.yaml"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>) compose().get("services");
  }

  @Test
  void shouldRunKafkaNewsflowPrometheusAndGrafana() {
    assertThat(services()).containsOnlyKeys(SERVICES);
    assertThat(services().get("kafka").get("image")).isEqualTo("apache/kafka:4.1.1");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldMountAndBuildOnlyFilesThatExist() {
    Map<String, Object> declaredVolumes = (Map<String, Object>) compose().get("volumes");
    services()
        .forEach(
            (name, service) -> {
              for (String volume : Kustomize.strings(service.get("volumes"))) {
                String source = volume.split(":")[0];
                if (source.startsWith(".")) {
                  assertThat(COMPOSE_DIR.resolve(source))
                      .as("%s mounts %s", name, source)
                      .isRegularFile();
                } else {
                  assertThat(declaredVolumes).as("%s: volume %s", name, source).containsKey(source);
                }
              }
              Object dependsOn = service.get("depends_on");
              if (dependsOn instanceof Map<?, ?> map) {
                assertThat(SERVICES).containsAll((Set<String>) map.keySet());
              } else if (dependsOn != null) {
                assertThat(SERVICES).containsAll((List<String>) dependsOn);
              }
            });
    Map<String, Object> build = (Map<String, Object>) services().get("newsflow").get("build");
    Path context = COMPOSE_DIR.resolve((String) build.get("context"));
    assertThat(context.resolve((String) build.get("dockerfile"))).isRegularFile();
    assertThat(context.resolve("pom.xml")).isRegularFile();
  }

  @Test
  void shouldPointNewsflowAtTheComposeBrokerAndPrometheusAtNewsflow() throws Exception {
    Properties config = new Properties();
    config.load(new StringReader(Kustomize.read(COMPOSE_DIR.resolve("newsflow.properties"))));
    String bootstrap = config.getProperty("kafka.bootstrap.servers");
    assertThat(bootstrap.split(":")[0]).isIn(SERVICES);
    assertThat((String) services().get("kafka").get("environment").toString())
        .contains("PLAINTEXT://" + bootstrap);

    String prometheus = Kustomize.read(COMPOSE_DIR.resolve("prometheus.yml"));
    assertThat(prometheus).contains("metrics_path: /q/metrics").contains("newsflow:8080");
  }

  @Test
  void shouldBuildTheImageFromTheFastJar() throws Exception {
    String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));

    assertThat(dockerfile)
        .contains("target/quarkus-app/lib/")
        .contains("target/quarkus-app/app/")
        .contains("target/quarkus-app/quarkus/")
        .contains("EXPOSE 8080")
        .contains("USER 185");
  }
}
