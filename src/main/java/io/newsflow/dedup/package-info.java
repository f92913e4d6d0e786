/**
 * The deduplicator: exact copies (a hash of the normalized text), near copies (MinHash over word
 * 5-shingles with LSH bands) and story groups (shared entities), decided as a Kafka Streams
 * topology keyed by fingerprint band. {@link io.newsflow.dedup.DedupTopology} wires the three
 * stages; {@link io.newsflow.dedup.BatchDeduplicator} runs the same stages in memory for the {@code
 * dedup} command and the benchmark.
 */
@NullMarked
package io.newsflow.dedup;

import org.jspecify.annotations.NullMarked;
