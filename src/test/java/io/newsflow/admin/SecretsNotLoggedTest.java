package io.newsflow.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No secret reaches the log: the service starts with an admin key and Kafka client passwords (SASL
 * JAAS config, TLS store passwords), logs everything at INFO to a file, Kafka clients included
 * (they print their whole config), serves admin calls with right and wrong keys; the file holds
 * none of the secrets, and shows the JAAS config as {@code [hidden]}, which also proves the setting
 * reached the clients.
 */
@QuarkusTest
@TestProfile(SecretsNotLoggedTest.WithSecrets.class)
@WithTestResource(KafkaTestResource.class)
class SecretsNotLoggedTest {

  static final String RUN = Long.toString(System.nanoTime(), 36);
  static final String ADMIN_KEY = "admin-secret-" + RUN;
  static final String JAAS_PASSWORD = "jaas-secret-" + RUN;
  static final String STORE_PASSWORD = "store-secret-" + RUN;
  static final Path LOG = Path.of("target", "secrets-" + RUN + ".log");

  /** Secrets everywhere a deployment puts them; the Kafka clients' config logging switched on. */
  public static final class WithSecrets implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("newsflow.admin.api-key", ADMIN_KEY),
          Map.entry(
              "kafka.sasl.jaas.config",
              "org.apache.kafka.common.security.scram.ScramLoginModule required"
                  + " username=\"newsflow\" password=\""
                  + JAAS_PASSWORD
                  + "\";"),
          Map.entry("kafka.ssl.truststore.password", STORE_PASSWORD),
          Map.entry("kafka.ssl.key.password", STORE_PASSWORD),
          Map.entry("newsflow.roles", "crawler,tagger"),
          Map.entry("quarkus.log.file.enabled", "true"),
          Map.entry("quarkus.log.file.path", LOG.toString()),
          Map.entry("quarkus.log.file.level", "ALL"),
          Map.entry("quarkus.log.level", "INFO"),
          Map.entry("quarkus.log.category.\"org.apache.kafka\".level", "INFO"),
          Map.entry("quarkus.log.category.\"org.apache.kafka.clients\".level", "INFO"),
          Map.entry(
              "quarkus.log.category.\"org.apache.kafka.common.utils.AppInfoParser\".level",
              "INFO"));
    }
  }

  @Test
  void shouldNeverLogTheAdminKeyOrKafkaPasswords() throws Exception {
    given()
        .header(AdminKeyFilter.HEADER, "wrong-" + ADMIN_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("id", "secret-test-" + RUN, "query", "harbour", "tag", "topic:harbour"))
        .post("/api/rules")
        .then()
        .statusCode(401);
    given()
        .header(AdminKeyFilter.HEADER, ADMIN_KEY)
        .contentType(ContentType.JSON)
        .body(Map.of("id", "secret-test-" + RUN, "query", "harbour", "tag", "topic:harbour"))
        .post("/api/rules")
        .then()
        .statusCode(201);
    given().header(AdminKeyFilter.HEADER, ADMIN_KEY).delete("/api/rules/secret-test-" + RUN);

    // both roles built their Kafka clients from the settings and started
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Files.exists(LOG)
                    && Files.readString(LOG).contains("Crawler ")
                    && Files.readString(LOG).contains("Tagger ")
                    && Files.readString(LOG).contains("started (group"));
    String log = Files.readString(LOG);

    assertThat(log).doesNotContain(ADMIN_KEY).doesNotContain(JAAS_PASSWORD);
    assertThat(log).doesNotContain(STORE_PASSWORD);
  }
}
