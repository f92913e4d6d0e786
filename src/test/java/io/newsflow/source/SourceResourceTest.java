package io.newsflow.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.newsflow.kafka.KafkaTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class SourceResourceTest {

  private static final String KEY = "test-admin-key";

  /** Sources persist in the test data directory; a run's ids are its own. */
  private static final String RUN = Long.toString(System.nanoTime(), 36);

  private static final String SOURCE =
      """
      {"id": "api-%s", "type": "feed", "url": "https://example.com/%s.xml", "interval": "PT5M", "enabled": false}
      """;

  @Test
  void shouldListTheSourcesOfTheFile() {
    given().get("/api/sources").then().statusCode(200).body("id", hasItem("demo"));
  }

  @Test
  void shouldAddPauseResumeAndRemoveASourceWithTheKey() {
    String body = SOURCE.formatted("one-" + RUN, "one");
    admin()
        .body(body)
        .post("/api/sources")
        .then()
        .statusCode(201)
        .body("interval", equalTo("PT5M"));
    admin()
        .post("/api/sources/api-one-" + RUN + "/resume")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(true));
    admin()
        .post("/api/sources/api-one-" + RUN + "/pause")
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    admin().delete("/api/sources/api-one-" + RUN).then().statusCode(204);
    given().get("/api/sources").then().body("id", not(hasItem("api-one-" + RUN)));
  }

  @Test
  void shouldRefuseChangesWithoutTheRightKey() {
    given()
        .contentType(ContentType.JSON)
        .body(SOURCE.formatted("two-" + RUN, "two"))
        .post("/api/sources")
        .then()
        .statusCode(401);
    given()
        .header("X-API-Key", "wrong")
        .contentType(ContentType.JSON)
        .body(SOURCE.formatted("two-" + RUN, "two"))
        .post("/api/sources")
        .then()
        .statusCode(401);
    given().get("/api/sources/api-two-" + RUN).then().statusCode(404);
  }

  @Test
  void shouldAnswerBadRequestWithTheReason() {
    admin()
        .body("{\"id\": \"Bad Id\", \"type\": \"feed\", \"url\": \"https://example.com\"}")
        .post("/api/sources")
        .then()
        .statusCode(400)
        .body("error", org.hamcrest.Matchers.containsString("must match"));
    admin()
        .body(
            "{\"id\": \"x\", \"type\": \"feed\", \"url\": \"https://example.com\", \"include\": [\"(\"]}")
        .post("/api/sources")
        .then()
        .statusCode(400)
        .body("error", org.hamcrest.Matchers.containsString("bad pattern"));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownSource() {
    admin().post("/api/sources/nope/pause").then().statusCode(404);
  }

  private static io.restassured.specification.RequestSpecification admin() {
    return given().header("X-API-Key", KEY).contentType(ContentType.JSON);
  }
}
