package io.newsflow.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Buckets in memory for the batch command and the benchmark, answering as the topology's window
 * stores do: members ordered by time (arrival among equal times), the newest first, and nothing
 * older than the retention behind the newest time seen. A bucket keeps its newest {@code
 * maxCandidates} members, all a lookup ever reads. Not thread-safe.
 */
final class MemoryIndex implements BucketIndex {

  private final Map<Byte, Map<Long, Object>> kinds = new HashMap<>();
  private final Lookup lookup;
  private final int maxMembers;
  private long newest = Long.MIN_VALUE;
  private long bytes;
  private long entries;

  MemoryIndex(Lookup lookup, int maxMembers) {
    this.lookup = lookup;
    this.maxMembers = maxMembers;
  }

  @Override
  public List<byte[]> members(byte[] key, long from, long to, int max) {
    Object bucket = buckets(key).get(packed(key));
    if (bucket == null) {
      return List.of();
    }
    List<byte[]> members = new ArrayList<>();
    for (byte[] member : asList(bucket)) {
      long ts = ProfileCodec.ts(member);
      if (ts >= from && ts <= to && members.size() < max) {
        members.add(member);
      }
    }
    return members;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void add(byte[] key, long ts, byte[] member) {
    newest = Math.max(newest, ts);
    if (ts <= newest - lookup.retentionMillis(key)) {
      return;
    }
    Map<Long, Object> buckets = buckets(key);
    long packed = packed(key);
    Object bucket = buckets.get(packed);
    bytes += member.length;
    entries++;
    if (bucket == null) {
      buckets.put(packed, member);
      return;
    }
    ArrayList<byte[]> list;
    if (bucket instanceof byte[] single) {
      list = new ArrayList<>(4);
      list.add(single);
      buckets.put(packed, list);
    } else {
      list = (ArrayList<byte[]>) bucket;
    }
    int at = 0;
    while (at < list.size() && ProfileCodec.ts(list.get(at)) > ts) {
      at++;
    }
    list.add(at, member);
    if (list.size() > maxMembers) {
      byte[] dropped = list.remove(list.size() - 1);
      bytes -= dropped.length;
      entries--;
    }
  }

  /** Bytes of the members kept. */
  long bytes() {
    return bytes;
  }

  long entries() {
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static List<byte[]> asList(Object bucket) {
    return bucket instanceof byte[] single ? List.of(single) : (List<byte[]>) bucket;
  }

  private Map<Long, Object> buckets(byte[] key) {
    return kinds.computeIfAbsent(key[0], kind -> new HashMap<>());
  }

  private static long packed(byte[] key) {
    ByteBuffer buffer = ByteBuffer.wrap(key, 1, key.length - 1);
    return switch (key.length) {
      case 9 -> buffer.getLong();
      case 6 -> ((long) buffer.get() << 32) | (buffer.getInt() & 0xffffffffL);
      default -> buffer.getInt();
    };
  }
}
