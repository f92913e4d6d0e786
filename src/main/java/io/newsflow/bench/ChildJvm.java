package io.newsflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * One newsflow JVM run by a benchmark: the packaged jar with the parent's {@code java}, its output
 * appended to a log file, started again on the same settings after a stop or a kill. Not
 * thread-safe: drive it from one thread.
 */
final class ChildJvm {

  /**
   * JVM options of every child: small heaps, so eight JVMs fit a laptop, and the C1 compiler only:
   * on a run of minutes, C2 compiling in seven JVMs costs more CPU than its faster code saves
   * (measured: 8.8 instead of 16.8 ms of CPU per article end to end).
   */
  static final List<String> JVM_OPTIONS =
      List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

  private final String name;
  private final Path jar;
  private final Path log;
  private final List<String> properties;
  private final List<String> arguments;
  private final @Nullable Integer httpPort;
  private @Nullable Process process;
  private int starts;
  private Duration cpuOfEarlierRuns = Duration.ZERO;

  /**
   * @param properties {@code -Dkey=value} settings
   * @param arguments the jar's arguments (none runs the service)
   * @param httpPort the port whose {@code /q/health/ready} says the service is ready, or null
   */
  ChildJvm(
      String name,
      Path jar,
      Path log,
      List<String> properties,
      List<String> arguments,
      @Nullable Integer httpPort) {
    this.name = Objects.requireNonNull(name, "name");
    this.jar = Objects.requireNonNull(jar, "jar");
    this.log = Objects.requireNonNull(log, "log");
    this.properties = List.copyOf(properties);
    this.arguments = List.copyOf(arguments);
    this.httpPort = httpPort;
  }

  String name() {
    return name;
  }

  /** How often the JVM was started. */
  int starts() {
    return starts;
  }

  Path log() {
    return log;
  }

  /** Starts the JVM; returns at once. */
  void start() throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is running");
    }
    List<String> command = new ArrayList<>();
    command.add(javaBinary());
    command.addAll(JVM_OPTIONS);
    command.addAll(properties);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(arguments);
    Files.createDirectories(log.toAbsolutePath().getParent());
    Files.writeString(
        log,
        "=== start " + (++starts) + ": " + String.join(" ", command) + System.lineSeparator(),
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
  }

  /** Waits until {@code /q/health/ready} answers 200 (or {@code ready} holds when no HTTP port). */
  void awaitReady(Duration timeout, BooleanSupplier ready) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Process running = process;
      if (running == null || !running.isAlive()) {
        throw new IllegalStateException(
            name
                + " exited with status "
                + (running == null ? "?" : running.exitValue())
                + "; log: "
                + log);
      }
      if (httpPort == null ? ready.getAsBoolean() : healthUp()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; log: " + log);
  }

  /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns the exit status. */
  int kill() throws InterruptedException {
    Process running = Objects.requireNonNull(process, name + " never started");
    cpuOfEarlierRuns = cpuOfEarlierRuns.plus(cpuOf(running));
    running.destroyForcibly();
    return running.waitFor();
  }

  /** SIGTERM, so the JVM shuts down in order; SIGKILL after {@code grace}. Returns the status. */
  int stop(Duration grace) throws InterruptedException {
    Process running = process;
    if (running == null) {
      return 0;
    }
    cpuOfEarlierRuns = cpuOfEarlierRuns.plus(cpuOf(running));
    running.destroy();
    if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      running.destroyForcibly();
    }
    return running.waitFor();
  }

  /** Sends SIGTERM and returns at once. */
  void terminate() {
    if (process != null) {
      process.destroy();
    }
  }

  /** CPU time of every run so far, the running one included (measured before each stop). */
  Duration cpu() {
    Process running = process;
    return running != null && running.isAlive()
        ? cpuOfEarlierRuns.plus(cpuOf(running))
        : cpuOfEarlierRuns;
  }

  private static Duration cpuOf(Process process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** The exit status of the last run, or -1 while it runs or before it started. */
  int exitStatus() {
    Process last = process;
    return last == null || last.isAlive() ? -1 : last.exitValue();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  long pid() {
    return process == null ? -1 : process.pid();
  }

  private boolean healthUp() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection)
              URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready")
                  .toURL()
                  .openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2_000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** The {@code java} this JVM runs on. */
  static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** A port free on loopback now. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }
}
