package io.newsflow.bench;

import io.newsflow.kafka.NamedTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench pipeline}: the proof by fault injection. Starts a standalone broker and, as separate
 * JVMs, two crawlers, two taggers and two deduplicators against a loopback fixture of {@code
 * --articles} pages with planted duplicates; with {@code --chaos} it SIGKILLs one instance of each
 * role mid-run and starts it again, and restarts the broker once. Then it reads the unique and
 * duplicates topics with a fresh consumer, checks them against the fixture ({@link
 * PipelineVerdict}), prints throughput and fetch-to-unique latency, and as its last line {@code
 * pipeline: N articles, lost L, duplicated D, X articles/s, p99 Y ms}; exits 1 unless L and D are
 * 0.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Run 2 crawlers, 2 taggers and 2 deduplicators as separate JVMs on a standalone broker",
      "against a loopback fixture with planted duplicates; check that nothing is lost or",
      "duplicated. Exits 1 when something is."
    })
public class PipelineBench implements Callable<Integer> {

  @Option(
      names = "--articles",
      defaultValue = "5000",
      description = "Article pages (default 5000).")
  int articles;

  @Option(
      names = "--chaos",
      description =
          "SIGKILL and restart one instance of each role mid-run; restart the broker once.")
  boolean chaos;

  @Option(
      names = "--hosts",
      defaultValue = "8",
      description = "Loopback hosts the pages are spread over, 127.0.0.2 on (1 to 8; default 8).")
  int hosts;

  @Option(
      names = "--timeout",
      defaultValue = "PT15M",
      description = "Give up waiting for the articles after this long (default PT15M).")
  Duration timeout;

  @Option(
      names = "--dir",
      description = "Run directory for data and logs (default: a new temporary directory).")
  @Nullable Path dir;

  @Option(names = "--jar", description = "The packaged jar the processes run (default: this one).")
  @Nullable Path jar;

  /** One fault of the chaos run, done once this share of the articles is decided. */
  private record Step(double decided, double release, String action) {}

  private static final List<Step> CHAOS =
      List.of(
          new Step(0.10, 0.50, "kill crawler-1"),
          new Step(0.30, 0.75, "kill tagger-1"),
          new Step(0.50, 1.00, "restart broker"),
          new Step(0.70, 1.00, "kill dedup-1"));

  private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  /**
   * Give up when every page is released and nothing new was decided for this long: longer than a
   * producer's delivery timeout (2 minutes), the longest a record can be held up without being
   * lost.
   */
  private static final Duration STALL = Duration.ofMinutes(3);

  @Override
  public Integer call() throws Exception {
    if (articles < 2 || hosts < 1 || hosts > 8) {
      System.err.println("bench pipeline: --articles must be 2 or more and --hosts 1 to 8");
      return 2;
    }
    Path runJar = jar != null ? jar : defaultJar();
    if (!Files.isRegularFile(runJar)) {
      System.err.println("bench pipeline: no jar at " + runJar + " (build it, or give --jar)");
      return 2;
    }
    Path run =
        dir != null
            ? Files.createDirectories(dir)
            : Files.createTempDirectory("newsflow-pipeline-");
    NamedTopics topics = new NamedTopics("newsflow.");
    try (PipelineFixture fixture = new PipelineFixture(articles, hosts)) {
      FixtureTruth truth = fixture.truth();
      Path sources = writeSources(run, fixture.feeds());
      System.out.printf(
          Locale.ROOT,
          "pipeline: %d article pages on %d loopback hosts, %d of them in %d planted duplicate"
              + " groups; run directory %s%n",
          truth.size(),
          hosts,
          truth.planted(),
          truth.groups().size(),
          run);
      PipelineCluster cluster = new PipelineCluster(run, runJar, sources, topics);
      boolean passed = false;
      try {
        long startup = System.nanoTime();
        cluster.startBroker();
        topics.create(cluster.clients());
        cluster.startInstances();
        awaitStableGroups(cluster);
        System.out.printf(
            Locale.ROOT,
            "pipeline: broker on 127.0.0.1:%d and %d instances ready in %.1f s%n",
            cluster.brokerPort(),
            PipelineCluster.ROLES.size() * PipelineCluster.INSTANCES,
            (System.nanoTime() - startup) / 1e9);
        Map<String, Double> cpuBefore = cpu(cluster);
        long released = System.nanoTime();
        boolean complete = drive(cluster, fixture, topics);
        if (complete) {
          quiesce(cluster, topics);
        }
        printCpu(cluster, cpuBefore, released, truth.size());
        for (ChildJvm jvm : cluster.exited()) {
          System.out.printf(
              "pipeline: %s exited unexpectedly (status %d); log: %s%n",
              jvm.name(), jvm.exitStatus(), jvm.log());
        }
        cluster.stopInstances();
        List<Decision> decisions;
        try (OutputReader reader =
            new OutputReader(cluster.clients(), topics.unique(), topics.duplicates())) {
          decisions = reader.readToEnd(Duration.ofMinutes(2));
        }
        PipelineVerdict verdict = PipelineVerdict.check(truth, decisions);
        printDeadLetters(cluster, topics);
        passed = verdict.lost() == 0 && verdict.duplicated() == 0;
        if (!passed) {
          System.out.println("pipeline: FAILED; process logs:");
          cluster.logs().forEach(log -> System.out.println("  " + log));
        }
        verdict.report().forEach(System.out::println);
        return passed ? 0 : 1;
      } catch (Exception | Error e) {
        System.out.println("pipeline: FAILED (" + e.getMessage() + "); process logs:");
        cluster.logs().forEach(log -> System.out.println("  " + log));
        throw e;
      } finally {
        cluster.close();
      }
    }
  }

  /** Releases the articles and runs the chaos schedule until every article is decided. */
  private boolean drive(PipelineCluster cluster, PipelineFixture fixture, NamedTopics topics)
      throws Exception {
    FixtureTruth truth = fixture.truth();
    List<Step> steps = new ArrayList<>(chaos ? CHAOS : List.of());
    fixture.release(chaos ? 0.25 : 1.0);
    Set<String> decided = new HashSet<>();
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long nextReport = start + REPORT_EVERY.toNanos();
    long lastProgress = start;
    try (OutputReader reader =
        new OutputReader(cluster.clients(), topics.unique(), topics.duplicates())) {
      while (decided.size() < truth.size()) {
        for (String key : reader.pollKeys(Duration.ofMillis(200))) {
          if (truth.pages().containsKey(key) && decided.add(key)) {
            lastProgress = System.nanoTime();
          }
        }
        if (!steps.isEmpty() && decided.size() >= steps.get(0).decided() * truth.size()) {
          Step step = steps.remove(0);
          awaitCrawling(cluster, fixture, topics, step.release());
          fault(cluster, topics, step.action(), decided.size(), truth.size());
        }
        long now = System.nanoTime();
        if (now > nextReport) {
          System.out.printf(
              Locale.ROOT,
              "pipeline: %.0f s: %d of %d released, %s articles, %s tagged, %d decided%n",
              (now - start) / 1e9,
              fixture.released(),
              truth.size(),
              count(cluster.records(topics.articles())),
              count(cluster.records(topics.tagged())),
              decided.size());
          nextReport = now + REPORT_EVERY.toNanos();
        }
        if (steps.isEmpty()
            && fixture.released() == truth.size()
            && now - lastProgress > STALL.toNanos()) {
          System.out.printf(
              "pipeline: nothing decided for %s, gave up with %d of %d articles decided%n",
              STALL, decided.size(), truth.size());
          return false;
        }
        if (now > deadline) {
          System.out.printf(
              "pipeline: gave up after %s with %d of %d articles decided%n",
              timeout, decided.size(), truth.size());
          return false;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "pipeline: all %d articles decided %.1f s after their release%n",
        truth.size(),
        (System.nanoTime() - start) / 1e9);
    return true;
  }

  /**
   * Releases more pages and waits (a bounded time) until the crawlers publish some of them, so the
   * next fault hits work in flight at every stage.
   */
  private static void awaitCrawling(
      PipelineCluster cluster, PipelineFixture fixture, NamedTopics topics, double release)
      throws InterruptedException {
    long before = cluster.records(topics.articles()).orElse(0);
    int newlyReleased = -fixture.released();
    fixture.release(release);
    newlyReleased += fixture.released();
    long wanted = before + Math.max(1, newlyReleased / 10);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (newlyReleased > 0
        && cluster.records(topics.articles()).orElse(0) < wanted
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private void fault(
      PipelineCluster cluster, NamedTopics topics, String action, int decided, int total)
      throws Exception {
    String where =
        String.format(
            Locale.ROOT,
            "at %d of %d decided (%s articles, %s tagged)",
            decided,
            total,
            count(cluster.records(topics.articles())),
            count(cluster.records(topics.tagged())));
    long start = System.nanoTime();
    if (action.equals("restart broker")) {
      int status = cluster.restartBroker();
      System.out.printf(
          Locale.ROOT,
          "chaos: broker stopped (SIGTERM, exit %d) and started again on port %d %s; serving"
              + " after %.1f s%n",
          status,
          cluster.brokerPort(),
          where,
          (System.nanoTime() - start) / 1e9);
      return;
    }
    String name = action.substring("kill ".length());
    long pid = cluster.instance(name).pid();
    int status = cluster.killAndRestart(name);
    System.out.printf(
        Locale.ROOT,
        "chaos: SIGKILL %s (pid %d, exit %d%s) %s; restarted, ready after %.1f s%n",
        name,
        pid,
        status,
        status == 137 ? " = 128+SIGKILL" : "",
        where,
        (System.nanoTime() - start) / 1e9);
  }

  /** How many records the stages dead-lettered, and why (the first few reasons). */
  private static void printDeadLetters(PipelineCluster cluster, NamedTopics topics) {
    long count = cluster.records(topics.dlq()).orElse(-1);
    System.out.println(
        "pipeline: "
            + (count < 0 ? "?" : Long.toString(count))
            + " records in "
            + topics.dlq()
            + (count > 0 ? ", first reasons: " + cluster.deadLetterReasons(topics.dlq(), 3) : ""));
  }

  /** CPU seconds of each process and of this one (fixture sites, check) now. */
  private static Map<String, Double> cpu(PipelineCluster cluster) {
    Map<String, Double> cpu = new LinkedHashMap<>(cluster.cpuSeconds());
    cpu.put(
        "bench",
        ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis()
            / 1000.0);
    return cpu;
  }

  /**
   * Where the CPU went while the articles flowed: each process's CPU seconds since the release, per
   * article, and in cores over the wall-clock time.
   */
  private static void printCpu(
      PipelineCluster cluster, Map<String, Double> before, long startNanos, int articles) {
    StringBuilder line = new StringBuilder("pipeline: CPU seconds since the release:");
    double total = 0;
    for (var entry : cpu(cluster).entrySet()) {
      double used = entry.getValue() - before.getOrDefault(entry.getKey(), 0.0);
      line.append(String.format(Locale.ROOT, " %s %.1f,", entry.getKey(), used));
      total += used;
    }
    double wall = (System.nanoTime() - startNanos) / 1e9;
    line.append(
        String.format(
            Locale.ROOT,
            " total %.1f (%.1f ms per article) in %.1f s (%.2f cores)",
            total,
            total * 1000 / articles,
            wall,
            total / wall));
    System.out.println(line);
  }

  /** Waits (a bounded time) until each role's group has both instances and is stable. */
  private static void awaitStableGroups(PipelineCluster cluster) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    for (PipelineCluster.Role role : PipelineCluster.ROLES) {
      while (!cluster.stable(role)) {
        if (System.nanoTime() > deadline) {
          System.out.println("pipeline: group " + role.groupId() + " not stable yet; going on");
          break;
        }
        Thread.sleep(200);
      }
    }
  }

  /**
   * Waits (a bounded time) until every group has committed all of its input, so a late replay would
   * reach the output topics before they are checked.
   */
  private static void quiesce(PipelineCluster cluster, NamedTopics topics)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    List<String> inputs = List.of(topics.crawlTasks(), topics.articles(), topics.tagged());
    while (true) {
      List<String> behind = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        PipelineCluster.Role role = PipelineCluster.ROLES.get(i);
        OptionalLong lag = cluster.lag(role, inputs.get(i));
        if (lag.isEmpty() || lag.getAsLong() > 0) {
          behind.add(role.groupId() + " " + count(lag));
        }
      }
      if (behind.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        System.out.println("pipeline: groups still behind after 60 s: " + behind);
        return;
      }
      Thread.sleep(250);
    }
  }

  private static String count(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "?";
  }

  /**
   * One feed source per fixture host, polled every 5 s: a new owner of a host polls at once, and
   * polling a 600-item feed every second cost the crawlers a quarter of their CPU.
   */
  private static Path writeSources(Path run, List<String> feeds) throws java.io.IOException {
    StringBuilder yaml = new StringBuilder("sources:\n");
    for (int i = 0; i < feeds.size(); i++) {
      yaml.append("  - id: fixture-")
          .append(i + 1)
          .append("\n    type: feed\n    url: ")
          .append(feeds.get(i))
          .append("\n    interval: PT5S\n");
    }
    Path file = run.resolve("sources.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  /** The jar this process runs from, else the build's. */
  private static Path defaultJar() {
    String classPath = System.getProperty("java.class.path", "");
    if (classPath.endsWith("quarkus-run.jar") && !classPath.contains(java.io.File.pathSeparator)) {
      return Path.of(classPath).toAbsolutePath();
    }
    return Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
  }
}
