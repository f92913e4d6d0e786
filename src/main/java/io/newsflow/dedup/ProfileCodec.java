package io.newsflow.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;

/**
 * The binary form of a {@link Profile} in state stores and internal topics. A bucket keeps only
 * what its kind compares: id, time, words and text hash always; the sketch and bands in band
 * buckets; the names in story buckets. A 32-hex-digit id (every article id) takes 16 bytes.
 */
final class ProfileCodec {

  private static final int SKETCH = 1;
  private static final int TERMS = 2;
  private static final int STORY = 4;
  static final int ALL = SKETCH | TERMS;
  private static final byte[] NO_BYTES = new byte[0];
  private static final int[] NO_INTS = new int[0];
  private static final HexFormat HEX = HexFormat.of();

  private ProfileCodec() {}

  /** Everything: what travels from stage one to the lookups. */
  static byte[] encode(Profile profile) {
    return encode(profile, ALL);
  }

  /** What a bucket of {@code kind} keeps. */
  static byte[] encode(Profile profile, byte kind) {
    return encode(profile, parts(kind));
  }

  /** The parts a bucket of {@code kind} keeps, for {@link #write}. */
  static int parts(byte kind) {
    return kind == Lookup.BAND ? SKETCH : kind == Lookup.STORY ? TERMS | STORY : 0;
  }

  private static byte[] encode(Profile profile, int parts) {
    var bytes = new ByteArrayOutputStream(160);
    try (var out = new DataOutputStream(bytes)) {
      write(out, profile, parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static void write(DataOutputStream out, Profile profile, int parts) throws IOException {
    if (profile.storyId() == null) {
      parts &= ~STORY;
    }
    out.writeByte(parts);
    writeId(out, profile.id());
    out.writeLong(profile.ts());
    out.writeInt(profile.words());
    out.writeLong(profile.exactHash());
    if ((parts & SKETCH) != 0) {
      out.write(profile.sketch());
      for (int band : profile.bands()) {
        out.writeInt(band);
      }
    }
    if ((parts & TERMS) != 0) {
      out.writeByte(profile.terms().length);
      for (int term : profile.terms()) {
        out.writeInt(term);
      }
    }
    String storyId = profile.storyId();
    if (storyId != null && (parts & STORY) != 0) {
      writeId(out, storyId);
    }
  }

  static Profile decode(byte[] bytes) {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("A corrupt profile", e);
    }
  }

  static Profile read(DataInputStream in) throws IOException {
    int parts = in.readUnsignedByte();
    String id = readId(in);
    long ts = in.readLong();
    int words = in.readInt();
    long exactHash = in.readLong();
    byte[] sketch = NO_BYTES;
    int[] bands = NO_INTS;
    if ((parts & SKETCH) != 0) {
      sketch = in.readNBytes(MinHash.HASHES);
      bands = new int[MinHash.BANDS];
      for (int i = 0; i < bands.length; i++) {
        bands[i] = in.readInt();
      }
    }
    int[] terms = NO_INTS;
    if ((parts & TERMS) != 0) {
      terms = new int[in.readUnsignedByte()];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = in.readInt();
      }
    }
    String storyId = (parts & STORY) != 0 ? readId(in) : null;
    return new Profile(id, ts, words, exactHash, sketch, bands, terms, storyId);
  }

  /** Whether an encoded profile carries its story: a registration, not a probe. */
  static boolean isDecided(byte[] encoded) {
    return (encoded[0] & STORY) != 0;
  }

  /** The time of an encoded profile, without decoding the rest. */
  static long ts(byte[] encoded) {
    int offset =
        encoded[1] == 0 ? 2 + 16 : 2 + 2 + (((encoded[2] & 0xff) << 8) | (encoded[3] & 0xff));
    long ts = 0;
    for (int i = 0; i < 8; i++) {
      ts = (ts << 8) | (encoded[offset + i] & 0xff);
    }
    return ts;
  }

  private static void writeId(DataOutputStream out, String id) throws IOException {
    if (id.length() == 32
        && id.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
      out.writeByte(0);
      out.write(HEX.parseHex(id));
    } else {
      out.writeByte(1);
      out.writeUTF(id);
    }
  }

  private static String readId(DataInputStream in) throws IOException {
    return in.readUnsignedByte() == 0 ? HEX.formatHex(in.readNBytes(16)) : in.readUTF();
  }
}
