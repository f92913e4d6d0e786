package io.newsflow.kafka;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness follows the broker: DOWN while nothing answers, UP once Kafka and the topics are. */
@QuarkusTest
@TestProfile(ReadinessTest.LateBroker.class)
class ReadinessTest {

  static final int PORT = freePort();

  @Test
  void shouldGoFromDownToUpWhenTheBrokerComesUp() throws IOException {
    given().when().get("/q/health/ready").then().statusCode(503);

    Path dir = Files.createTempDirectory(Path.of("target"), "late-kafka-");
    try (EmbeddedKafka broker = new EmbeddedKafka(dir, PORT, 0).start()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  given()
                      .when()
                      .get("/q/health/ready")
                      .then()
                      .statusCode(200)
                      .body("status", equalTo("UP")));
    }
  }

  /** Points the service at a port where no broker runs yet. */
  public static class LateBroker implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kafka.bootstrap.servers", "localhost:" + PORT);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
