package io.newsflow.dedup;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The decision about one article, as written in the {@code dedup} object of the output topics and
 * by the {@code dedup} command.
 *
 * @param duplicateOf the first-seen article of its group; null when unique
 * @param similarity estimated Jaccard similarity to {@code duplicateOf}; 0 when unique
 * @param storyId the earliest article of its story, its own id when it starts one
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Verdict(
    String id,
    DedupStatus status,
    @Nullable String duplicateOf,
    double similarity,
    String storyId) {}
