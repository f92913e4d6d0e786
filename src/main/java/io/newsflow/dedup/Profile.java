package io.newsflow.dedup;

import org.jspecify.annotations.Nullable;

/**
 * The fingerprint of one article, all the deduplicator keeps of it.
 *
 * @param ts the article's time (publication, else fetch, else arrival), epoch milliseconds
 * @param words words of the normalized text
 * @param exactHash the first 64 bits of the SHA-256 of the normalized text
 * @param sketch the low byte of each of the {@link MinHash#HASHES} MinHash values
 * @param bands one hash per LSH band of {@link MinHash#ROWS} MinHash values
 * @param terms hashes of the story entity names, ascending
 * @param storyId its story, once decided; null before
 */
public record Profile(
    String id,
    long ts,
    int words,
    long exactHash,
    byte[] sketch,
    int[] bands,
    int[] terms,
    @Nullable String storyId) {

  /** The same profile with its story decided. */
  Profile withStory(String story) {
    return new Profile(id, ts, words, exactHash, sketch, bands, terms, story);
  }

  /** Orders articles by time, then id: "earliest" wherever the deduplicator picks one. */
  boolean before(Profile other) {
    return ts != other.ts ? ts < other.ts : id.compareTo(other.id) < 0;
  }
}
