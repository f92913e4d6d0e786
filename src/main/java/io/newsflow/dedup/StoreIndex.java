package io.newsflow.dedup;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Buckets in Kafka Streams window stores (RocksDB, with changelog topics): a member is filed under
 * its bucket key at its time, duplicates kept, and segments older than the retention dropped. Story
 * buckets have a store of their own because their window is shorter.
 */
final class StoreIndex implements BucketIndex {

  private final WindowStore<Bytes, byte[]> buckets;
  private final WindowStore<Bytes, byte[]> stories;

  StoreIndex(WindowStore<Bytes, byte[]> buckets, WindowStore<Bytes, byte[]> stories) {
    this.buckets = buckets;
    this.stories = stories;
  }

  @Override
  public List<byte[]> members(byte[] key, long from, long to, int max) {
    List<byte[]> members = new ArrayList<>();
    try (var iterator = store(key).backwardFetch(Bytes.wrap(key), Math.max(0, from), to)) {
      while (iterator.hasNext() && members.size() < max) {
        members.add(iterator.next().value);
      }
    }
    return members;
  }

  @Override
  public void add(byte[] key, long ts, byte[] member) {
    store(key).put(Bytes.wrap(key), member, ts);
  }

  private WindowStore<Bytes, byte[]> store(byte[] key) {
    return key[0] == Lookup.STORY ? stories : buckets;
  }
}
