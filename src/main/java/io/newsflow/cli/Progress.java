package io.newsflow.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long command: a bar with rate and ETA redrawn in place on a terminal, plain lines
 * at an interval when the output is not a terminal (CI logs, pipes, the service's log), and a
 * closing line with the count, time and rate. In {@link Mode#LINES} the sink receives one line per
 * call, without a line separator; in {@link Mode#BAR} it receives text to print as it is.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("tag", lines)) {
 *   for (...) { ...; progress.step(); }
 * }
 * }</pre>
 *
 * <p>{@link #start} writes to standard error and draws a bar when a console is attached; the
 * environment variable {@code NEWSFLOW_PROGRESS} ({@code bar}, {@code lines} or {@code off})
 * overrides that. A total below 0 means unknown: no percentage, no ETA. Thread-safe; a step costs a
 * clock read.
 */
public final class Progress implements AutoCloseable {

  /** How progress is shown. */
  public enum Mode {
    BAR,
    LINES,
    OFF
  }

  /** Time between two plain lines. */
  public static final Duration LINE_INTERVAL = Duration.ofSeconds(10);

  private static final long BAR_REFRESH_NANOS = Duration.ofMillis(200).toNanos();
  private static final int BAR_WIDTH = 24;

  private final String what;
  private final long total;
  private final boolean bytes;
  private final Mode mode;
  private final Consumer<String> out;
  private final LongSupplier nanos;
  private final long intervalNanos;
  private final long started;
  private long done;
  private long lastShown;
  private boolean closed;
  private int lastWidth;

  Progress(
      String what,
      long total,
      boolean bytes,
      Mode mode,
      Consumer<String> out,
      LongSupplier nanos,
      Duration interval) {
    this.what = what;
    this.total = total;
    this.bytes = bytes;
    this.mode = mode;
    this.out = out;
    this.nanos = nanos;
    this.intervalNanos = interval.toNanos();
    this.started = nanos.getAsLong();
    this.lastShown = started;
  }

  /** Progress of {@code total} items (below 0: unknown) on standard error. */
  public static Progress start(String what, long total) {
    return onStderr(what, total, false);
  }

  /** Progress through {@code totalBytes} bytes of input (below 0: unknown) on standard error. */
  public static Progress bytes(String what, long totalBytes) {
    return onStderr(what, totalBytes, true);
  }

  /** Plain lines to {@code sink} every {@code interval}, e.g. into a log: for services. */
  public static Progress lines(
      String what, long total, boolean bytes, Consumer<String> sink, Duration interval) {
    return new Progress(what, total, bytes, Mode.LINES, sink, System::nanoTime, interval);
  }

  private static Progress onStderr(String what, long total, boolean bytes) {
    PrintStream err = System.err;
    Mode mode = detectMode(System.getenv("NEWSFLOW_PROGRESS"), System.console() != null);
    Consumer<String> sink =
        mode == Mode.BAR
            ? text -> {
              err.print(text);
              err.flush();
            }
            : err::println;
    return new Progress(what, total, bytes, mode, sink, System::nanoTime, LINE_INTERVAL);
  }

  static Mode detectMode(String setting, boolean console) {
    if (setting != null && !setting.isBlank()) {
      try {
        return Mode.valueOf(setting.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // an unknown setting falls back to detection
      }
    }
    return console ? Mode.BAR : Mode.LINES;
  }

  /** One more item done. */
  public void step() {
    step(1);
  }

  /** {@code count} more items (or bytes) done. */
  public synchronized void step(long count) {
    done += count;
    maybeShow();
  }

  /** Sets how many items (or bytes) are done so far, for inputs that report a position. */
  public synchronized void advanceTo(long position) {
    done = Math.max(done, position);
    maybeShow();
  }

  public synchronized long done() {
    return done;
  }

  private void maybeShow() {
    if (closed || mode == Mode.OFF) {
      return;
    }
    long now = nanos.getAsLong();
    long wait = mode == Mode.BAR ? BAR_REFRESH_NANOS : intervalNanos;
    if (now - lastShown >= wait) {
      lastShown = now;
      show(now);
    }
  }

  private void show(long now) {
    if (mode == Mode.BAR) {
      String bar = bar(now);
      int pad = Math.max(0, lastWidth - bar.length());
      lastWidth = bar.length();
      out.accept("\r" + bar + " ".repeat(pad));
    } else {
      out.accept(line(now));
    }
  }

  /** The terminal form: {@code tag [#####.....] 45% 450/1000 123.4/s ETA 0:04}. */
  String bar(long now) {
    StringBuilder text = new StringBuilder(what).append(' ');
    if (total > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
      text.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(BAR_WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%3d%% ", percent()));
    }
    text.append(amount()).append("  ").append(rate(now));
    String eta = eta(now);
    if (eta != null) {
      text.append("  ETA ").append(eta);
    }
    return text.toString();
  }

  /** The plain form: {@code tag: 450/1000 (45%), 123.4/s, ETA 0:04}. */
  String line(long now) {
    StringBuilder text = new StringBuilder(what).append(": ").append(amount());
    if (total > 0) {
      text.append(" (").append(percent()).append("%)");
    }
    text.append(", ").append(rate(now));
    String eta = eta(now);
    if (eta != null) {
      text.append(", ETA ").append(eta);
    }
    return text.toString();
  }

  private int percent() {
    return (int) Math.min(100, 100 * done / Math.max(1, total));
  }

  private String amount() {
    if (bytes) {
      return total > 0 ? megabytes(done) + "/" + megabytes(total) + " MB" : megabytes(done) + " MB";
    }
    return total >= 0 ? done + "/" + total : Long.toString(done);
  }

  private String rate(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double perSecond = done / seconds;
    return bytes
        ? String.format(Locale.ROOT, "%.1f MB/s", perSecond / 1e6)
        : String.format(Locale.ROOT, "%.1f/s", perSecond);
  }

  private String eta(long now) {
    if (total <= 0 || done <= 0 || done >= total) {
      return null;
    }
    double seconds = (now - started) / 1e9;
    long remaining = Math.round(seconds * (total - done) / done);
    return clock(remaining);
  }

  static String clock(long seconds) {
    long h = seconds / 3600;
    long m = seconds % 3600 / 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }

  private static String megabytes(long count) {
    return String.format(Locale.ROOT, "%.1f", count / 1e6);
  }

  /** Shows the closing line: what was done, in how long, at which rate. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (mode == Mode.OFF) {
      return;
    }
    long now = nanos.getAsLong();
    String summary =
        String.format(
            Locale.ROOT,
            "%s: %s done in %.1f s, %s",
            what,
            bytes ? megabytes(done) + " MB" : Long.toString(done),
            (now - started) / 1e9,
            rate(now));
    if (mode == Mode.BAR) {
      int pad = Math.max(0, lastWidth - summary.length());
      out.accept("\r" + summary + " ".repeat(pad) + System.lineSeparator());
    } else {
      out.accept(summary);
    }
  }
}
