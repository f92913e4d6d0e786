package io.newsflow.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that changes state requires the admin key: found by scanning the application's
 * JAX-RS resources (see {@link Endpoints}), so an endpoint added later is covered without being
 * listed here; what is left are GET endpoints (the dashboard's among them), read-only.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class AdminEndpointsTest {

  @Test
  void shouldMarkEveryMutatingEndpointAdminOnly() {
    List<Endpoints.Endpoint> endpoints = Endpoints.mutating();

    assertThat(endpoints)
        .extracting(Endpoints.Endpoint::toString)
        .contains(
            "POST /api/sources (SourceResource)",
            "PUT /api/sources/x (SourceResource)",
            "DELETE /api/sources/x (SourceResource)",
            "POST /api/sources/x/pause (SourceResource)",
            "POST /api/sources/x/resume (SourceResource)",
            "POST /api/rules (RuleResource)",
            "DELETE /api/rules/x (RuleResource)");
    assertThat(endpoints).allSatisfy(e -> assertThat(e.adminOnly()).as(e.toString()).isTrue());
    assertThat(Endpoints.vertxRoutes()).as("Vert.x routes bypass the admin filter").isEmpty();
  }

  @Test
  void shouldAnswer401WithoutTheKeyOrWithAWrongOne() {
    for (Endpoints.Endpoint endpoint : Endpoints.mutating()) {
      for (String key : new String[] {null, "", "wrong-key", "test-admin-ke", "TEST-ADMIN-KEY"}) {
        var request = given().contentType(ContentType.JSON).body("{}");
        if (key != null) {
          request.header(AdminKeyFilter.HEADER, key);
        }
        request.request(endpoint.httpMethod(), endpoint.path()).then().statusCode(401);
      }
    }
  }
}
