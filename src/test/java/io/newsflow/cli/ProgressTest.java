package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final List<String> out = new ArrayList<>();
  private final AtomicLong clock = new AtomicLong();

  private Progress progress(Progress.Mode mode, long total, boolean bytes) {
    return new Progress("tag", total, bytes, mode, out::add, clock::get, Duration.ofSeconds(10));
  }

  @Test
  void shouldWritePlainLinesAtTheIntervalWithRateAndEta() {
    try (Progress progress = progress(Progress.Mode.LINES, 1000, false)) {
      clock.set(Duration.ofSeconds(5).toNanos());
      progress.step(100);
      assertThat(out).isEmpty();
      clock.set(Duration.ofSeconds(10).toNanos());
      progress.step(150);
      assertThat(out).containsExactly("tag: 250/1000 (25%), 25.0/s, ETA 0:30");
      clock.set(Duration.ofSeconds(40).toNanos());
      progress.step(750);
    }
    assertThat(out).hasSize(3);
    assertThat(out.get(2)).startsWith("tag: 1000 done in 40.0 s, 25.0/s");
  }

  @Test
  void shouldRedrawABarInPlaceOnATerminal() {
    Progress progress = progress(Progress.Mode.BAR, 200, false);
    clock.set(Duration.ofSeconds(1).toNanos());
    progress.step(50);
    assertThat(out).hasSize(1);
    assertThat(out.get(0))
        .startsWith("\rtag [######..................]  25% 50/200  50.0/s  ETA 0:03");
    progress.close();
    assertThat(out.get(1)).startsWith("\rtag: 50 done in 1.0 s").endsWith(System.lineSeparator());
  }

  @Test
  void shouldShowBytesAndLeaveOutTheEtaOfAnUnknownTotal() {
    Progress bytes = progress(Progress.Mode.LINES, 4_000_000, true);
    clock.set(Duration.ofSeconds(10).toNanos());
    bytes.advanceTo(1_000_000);
    assertThat(out.get(0)).startsWith("tag: 1.0/4.0 MB (25%), 0.1 MB/s, ETA 0:30");
    out.clear();
    Progress unknown = progress(Progress.Mode.LINES, -1, false);
    clock.set(Duration.ofSeconds(20).toNanos());
    unknown.step(30);
    assertThat(out.get(0)).isEqualTo("tag: 30, 3.0/s");
  }

  @Test
  void shouldPickTheModeFromTheConsoleUnlessTheEnvironmentSaysOtherwise() {
    assertThat(Progress.detectMode(null, true)).isEqualTo(Progress.Mode.BAR);
    assertThat(Progress.detectMode(null, false)).isEqualTo(Progress.Mode.LINES);
    assertThat(Progress.detectMode("off", true)).isEqualTo(Progress.Mode.OFF);
    assertThat(Progress.detectMode("nonsense", false)).isEqualTo(Progress.Mode.LINES);
    Progress off = progress(Progress.Mode.OFF, 10, false);
    clock.set(Duration.ofMinutes(1).toNanos());
    off.step(10);
    off.close();
    assertThat(out).isEmpty();
    assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
  }
}
