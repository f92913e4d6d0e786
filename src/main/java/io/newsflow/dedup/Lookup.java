package io.newsflow.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage two of the deduplicator, run where a lookup key lives: compares an article with the members
 * of one bucket (same normalized text, one LSH band, or one story name) and reports the members
 * that qualify. A probe of a text or band bucket then adds the article to it; story buckets take an
 * article only once its verdict gave it a story ({@link #register}), so every member found there
 * carries its story.
 */
final class Lookup {

  static final byte EXACT = 'E';
  static final byte BAND = 'B';
  static final byte STORY = 'S';

  private final DedupSettings settings;

  Lookup(DedupSettings settings) {
    this.settings = settings;
  }

  /** The keys an article is looked up under: its text hash, each band, each story name. */
  static List<byte[]> keys(Profile article) {
    List<byte[]> keys = new ArrayList<>(1 + article.bands().length + article.terms().length);
    keys.add(ByteBuffer.allocate(9).put(EXACT).putLong(article.exactHash()).array());
    for (int band = 0; band < article.bands().length; band++) {
      keys.add(
          ByteBuffer.allocate(6).put(BAND).put((byte) band).putInt(article.bands()[band]).array());
    }
    for (int term : article.terms()) {
      keys.add(ByteBuffer.allocate(5).put(STORY).putInt(StoryTerms.key(term)).array());
    }
    return keys;
  }

  /** How long a bucket of this kind remembers its members. */
  long retentionMillis(byte[] key) {
    return (key[0] == STORY ? settings.storyWindow() : settings.window()).toMillis();
  }

  Report probe(byte[] key, Profile article, BucketIndex index) {
    long retention = retentionMillis(key);
    List<byte[]> members =
        index.members(
            key, article.ts() - retention, article.ts() + retention, settings.maxCandidates());
    List<Candidate> candidates = new ArrayList<>();
    for (byte[] encoded : members) {
      Profile member = ProfileCodec.decode(encoded);
      if (member.id().equals(article.id())) {
        continue;
      }
      double similarity = similarity(key[0], article, member);
      if (similarity > 0) {
        candidates.add(new Candidate(member, similarity));
      }
    }
    if (key[0] != STORY) {
      index.add(key, article.ts(), ProfileCodec.encode(article, key[0]));
    }
    return new Report(key[0], position(key), candidates);
  }

  /** Files a decided article under one of its story keys. */
  void register(byte[] key, Profile decided, BucketIndex index) {
    index.add(key, decided.ts(), ProfileCodec.encode(decided, STORY));
  }

  /** The story keys of an article. */
  static List<byte[]> storyKeys(Profile article) {
    List<byte[]> keys = keys(article);
    return keys.subList(keys.size() - article.terms().length, keys.size());
  }

  /** 0 when {@code member} does not qualify under this kind of key, else its similarity. */
  private double similarity(byte kind, Profile article, Profile member) {
    if (kind == EXACT) {
      return 1.0;
    }
    if (kind == BAND) {
      boolean shortArticle = article.words() < settings.minWords();
      if (member.exactHash() == article.exactHash()
          || shortArticle != member.words() < settings.minWords()) {
        return 0;
      }
      double similarity = MinHash.similarity(article.sketch(), member.sketch());
      return similarity >= settings.threshold() || contained(similarity, article, member)
          ? similarity
          : 0;
    }
    int shared = StoryTerms.shared(article.terms(), member.terms());
    int smaller = Math.min(article.terms().length, member.terms().length);
    return shared >= settings.storyMinShared() && shared >= settings.storyMinOverlap() * smaller
        ? (double) shared / smaller
        : 0;
  }

  /**
   * Whether the shorter text is a copy of the longer cut short: the share of its shingles in the
   * longer, derived from the Jaccard estimate and the shingle counts (|A∩B| = J(|A|+|B|)/(1+J)),
   * reaches the containment setting.
   */
  private boolean contained(double similarity, Profile article, Profile member) {
    if (settings.containment() == 0) {
      return false;
    }
    int a = Math.max(1, article.words() - Fingerprints.SHINGLE + 1);
    int b = Math.max(1, member.words() - Fingerprints.SHINGLE + 1);
    double shared = similarity / (1 + similarity) * (a + b);
    return shared / Math.min(a, b) >= settings.containment();
  }

  /** The band number of a band key, the name hash of a story key, 0 for a text key. */
  private static int position(byte[] key) {
    ByteBuffer buffer = ByteBuffer.wrap(key, 1, key.length - 1);
    return switch (key[0]) {
      case BAND -> buffer.get();
      case STORY -> buffer.getInt();
      default -> 0;
    };
  }
}
