package io.newsflow.dashboard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A consumer group's lag: records between its committed offsets and the end offsets, summed over
 * its partitions, and the age of the oldest record it has not consumed.
 *
 * @param state {@code ok}, {@code no-offsets} (the group has committed nothing) or {@code error}
 * @param seconds now minus the timestamp of the record at the committed offset, the largest over
 *     the partitions; 0 without lag
 * @param error why the lag could not be measured, for {@code error}
 */
public record GroupLag(
    String group,
    String state,
    long records,
    long seconds,
    @Nullable Instant measuredAt,
    @Nullable String error) {}
