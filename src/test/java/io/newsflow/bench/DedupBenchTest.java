package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench dedup} runs small and prints its figures; nothing is asserted about time. */
class DedupBenchTest {

  @Test
  void shouldPrintTheFigureAsTheLastLine() {
    String output = run("--remembered", "3000", "--articles", "300", "--duplicates", "0.2");
    String[] lines = output.strip().split("\n");
    assertThat(lines[lines.length - 1])
        .matches("dedup: 300 articles, 3000 remembered, \\d+ articles/s");
    assertThat(output)
        .contains("bytes per article")
        .containsPattern("planted duplicates found [1-9]");
  }

  @Test
  void shouldRejectNonsense() {
    PrintStream err = System.err;
    try {
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(new CommandLine(new DedupBench()).execute("--articles", "0")).isEqualTo(2);
    } finally {
      System.setErr(err);
    }
  }

  private static String run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      assertThat(new CommandLine(new DedupBench()).execute(args)).isZero();
    } finally {
      System.setOut(out);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    System.out.print(output);
    return output;
  }
}
