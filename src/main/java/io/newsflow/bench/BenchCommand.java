package io.newsflow.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: benchmarks on loopback; each prints its figure as its last line. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks on loopback; each prints its figure as its last line.",
    subcommands = {CrawlBench.class, TagBench.class, PipelineBench.class})
public class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
