package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcResponsesTest {

  @TempDir Path dir;

  @Test
  void shouldReplayEveryResponseOfTheWarcsInADirectory() throws Exception {
    try (InputStream demo = getClass().getResourceAsStream("/demo/demo.warc.gz")) {
      Files.copy(demo, dir.resolve("a.warc.gz"));
    }
    Files.copy(dir.resolve("a.warc.gz"), dir.resolve("b.warc.gz"));
    Files.writeString(dir.resolve("notes.txt"), "not a WARC");
    List<WarcResponses.Response> replayed = new ArrayList<>();

    int count = WarcResponses.read(dir.toString(), 10_000_000, replayed::add);

    assertThat(count).isEqualTo(replayed.size()).isEqualTo(2 * 48);
    assertThat(replayed.get(0).url()).startsWith("https://");
    assertThat(replayed.get(0).contentType()).contains("html");
    assertThat(replayed.get(0).body()).isNotEmpty();
  }

  @Test
  void shouldStopWhenTheSinkSaysSo() throws Exception {
    int count = WarcResponses.read("classpath:demo/demo.warc.gz", 10_000_000, response -> false);

    assertThat(count).isEqualTo(1);
  }
}
