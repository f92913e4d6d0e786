package io.newsflow.dashboard;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of events per key and per minute over a sliding window of whole minutes. Events older than
 * the window are ignored; buckets are reused as time moves on. Thread-safe.
 */
final class MinuteCounts {

  private final int minutes;
  private final Map<String, long[]> counts = new HashMap<>();
  private final Map<String, long[]> stamps = new HashMap<>();

  /**
   * @param minutes window length in minutes, at least 1
   */
  MinuteCounts(int minutes) {
    if (minutes < 1) {
      throw new IllegalArgumentException("minutes must be at least 1: " + minutes);
    }
    this.minutes = minutes;
  }

  int minutes() {
    return minutes;
  }

  /**
   * Counts one event of {@code key} at {@code time}, if it falls inside the window at {@code now}.
   */
  synchronized void add(String key, Instant time, Instant now) {
    long minute = epochMinute(time);
    long current = epochMinute(now);
    if (minute <= current - minutes || minute > current + 1) {
      return;
    }
    int slot = (int) Math.floorMod(minute, (long) minutes + 1);
    long[] count = counts.computeIfAbsent(key, k -> new long[minutes + 1]);
    long[] stamp = stamps.computeIfAbsent(key, k -> filled(minutes + 1));
    if (stamp[slot] != minute) {
      stamp[slot] = minute;
      count[slot] = 0;
    }
    count[slot]++;
  }

  /** Per-minute counts of {@code key}, oldest minute first, the current minute last. */
  synchronized long[] series(String key, Instant now) {
    long[] out = new long[minutes];
    long[] count = counts.get(key);
    long[] stamp = stamps.get(key);
    if (count == null || stamp == null) {
      return out;
    }
    long current = epochMinute(now);
    for (int i = 0; i < minutes; i++) {
      long minute = current - (minutes - 1) + i;
      int slot = (int) Math.floorMod(minute, (long) minutes + 1);
      out[i] = stamp[slot] == minute ? count[slot] : 0;
    }
    return out;
  }

  /** Total of {@code key} over the window. */
  long total(String key, Instant now) {
    long sum = 0;
    for (long value : series(key, now)) {
      sum += value;
    }
    return sum;
  }

  /** Every key ever counted. */
  synchronized java.util.Set<String> keys() {
    return java.util.Set.copyOf(counts.keySet());
  }

  static long epochMinute(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), 60);
  }

  private static long[] filled(int size) {
    long[] array = new long[size];
    java.util.Arrays.fill(array, Long.MIN_VALUE);
    return array;
  }
}
