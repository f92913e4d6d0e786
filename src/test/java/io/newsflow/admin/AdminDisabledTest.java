package io.newsflow.admin;

import static io.restassured.RestAssured.given;

import io.newsflow.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a configured admin key, every mutating endpoint answers 403, whatever key is sent. */
@QuarkusTest
@TestProfile(AdminDisabledTest.NoKey.class)
@WithTestResource(KafkaTestResource.class)
class AdminDisabledTest {

  /** No admin key; no background roles, which this test does not need. */
  public static final class NoKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("newsflow.admin.api-key", "", "newsflow.roles", "dashboard");
    }
  }

  @Test
  void shouldAnswer403ToEveryMutatingEndpoint() {
    for (Endpoints.Endpoint endpoint : Endpoints.mutating()) {
      given()
          .contentType(ContentType.JSON)
          .body("{}")
          .request(endpoint.httpMethod(), endpoint.path())
          .then()
          .statusCode(403);
      given()
          .header(AdminKeyFilter.HEADER, "test-admin-key")
          .contentType(ContentType.JSON)
          .body("{}")
          .request(endpoint.httpMethod(), endpoint.path())
          .then()
          .statusCode(403);
    }
  }
}
