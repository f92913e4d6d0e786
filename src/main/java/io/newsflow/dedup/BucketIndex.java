package io.newsflow.dedup;

import java.util.List;

/** Lookup buckets: members by key and time, newest first. */
interface BucketIndex {

  /** At most {@code max} members of {@code key} with times in [from, to], newest first. */
  List<byte[]> members(byte[] key, long from, long to, int max);

  void add(byte[] key, long ts, byte[] member);
}
