package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar's {@code bench pipeline --chaos} on a small fixture: a standalone broker
 * and two crawlers, two taggers and two deduplicators as separate JVMs, one of each role SIGKILLed
 * and restarted mid-run, the broker restarted once; nothing may be lost or duplicated. Runs in
 * {@code verify} (maven-failsafe), after {@code package} built the jar.
 */
class PipelineBenchIT {

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final int ARTICLES = 300;

  @Test
  void shouldLoseAndDuplicateNothingWhenEveryRoleAndTheBrokerAreKilledMidRun() throws Exception {
    assertThat(JAR).as("the packaged jar (mvn package)").isRegularFile();
    Path dir = Files.createTempDirectory(Path.of("target"), "pipeline-it-");
    Path output = dir.resolve("bench.out");
    Process bench =
        new ProcessBuilder(
                ChildJvm.javaBinary(),
                "-Xmx256m",
                "-jar",
                JAR.toString(),
                "bench",
                "pipeline",
                "--articles",
                Integer.toString(ARTICLES),
                "--chaos",
                "--timeout",
                "PT5M",
                "--dir",
                dir.resolve("run").toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    // A bound against a hung run, not a timing assertion.
    boolean exited = bench.waitFor(10, TimeUnit.MINUTES);
    if (!exited) {
      bench.destroyForcibly().waitFor();
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    String transcript = String.join("\n", lines);

    assertThat(exited).as(transcript).isTrue();
    assertThat(lines).as(transcript).anyMatch(line -> line.startsWith("chaos: SIGKILL crawler-1"));
    assertThat(lines).as(transcript).anyMatch(line -> line.startsWith("chaos: SIGKILL tagger-1"));
    assertThat(lines).as(transcript).anyMatch(line -> line.startsWith("chaos: SIGKILL dedup-1"));
    assertThat(lines).as(transcript).anyMatch(line -> line.startsWith("chaos: broker stopped"));
    assertThat(lines)
        .as(transcript)
        .last()
        .asString()
        .matches(
            "pipeline: "
                + ARTICLES
                + " articles, lost 0, duplicated 0, [0-9.]+ articles/s, p99 [0-9]+ ms");
    assertThat(bench.exitValue()).as(transcript).isZero();
  }
}
