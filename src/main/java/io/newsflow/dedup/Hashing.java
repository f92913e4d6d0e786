package io.newsflow.dedup;

/** 64-bit hashing of words and shingles: FNV-1a over chars, finished with a strong mixer. */
final class Hashing {

  private Hashing() {}

  /** The finalizer of SplitMix64 / MurmurHash3: every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long word(CharSequence text, int from, int to) {
    long hash = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return mix(hash);
  }
}
