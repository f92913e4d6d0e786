package io.newsflow.crawl;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a response body off the wire and undoes its {@code Content-Encoding} (gzip, deflate, br, in
 * any chain of up to three) under two hard caps and a deadline: at most {@code maxWire} bytes are
 * read from the connection and at most {@code maxDecoded} bytes are produced, so neither a huge
 * body nor a decompression bomb is ever held in memory. Not thread-safe: one per body.
 */
final class BodyReader {

  private static final int BUFFER = 8192;
  private static final int MAX_ENCODINGS = 3;

  private BodyReader() {}

  /**
   * The decoded body.
   *
   * @throws LimitExceeded when a cap is passed (the stream is left mid-way: abort the connection)
   * @throws DeadlineExceeded when {@code deadlineNanos} (a {@link System#nanoTime()}) passes
   * @throws UnsupportedEncoding for a content coding other than gzip, deflate, br or identity
   * @throws IOException when the connection fails or the body does not decode
   */
  static byte[] read(
      InputStream wire,
      @Nullable String contentEncoding,
      long expectedLength,
      long maxWire,
      long maxDecoded,
      long deadlineNanos)
      throws IOException {
    List<String> codings = codings(contentEncoding);
    InputStream in = new GuardedInputStream(wire, maxWire, deadlineNanos);
    List<Inflater> inflaters = new ArrayList<>();
    try {
      for (int i = codings.size() - 1; i >= 0; i--) {
        in = decoder(codings.get(i), in, inflaters);
      }
      int initial = (int) Math.min(Math.max(expectedLength, BUFFER), Math.min(maxDecoded, 1 << 20));
      ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
      byte[] buffer = new byte[BUFFER];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        total += n;
        if (total > maxDecoded) {
          throw new LimitExceeded(maxDecoded);
        }
        out.write(buffer, 0, n);
        GuardedInputStream.checkDeadline(deadlineNanos);
      }
      return out.toByteArray();
    } finally {
      inflaters.forEach(Inflater::end);
    }
  }

  private static List<String> codings(@Nullable String header) throws UnsupportedEncoding {
    List<String> codings = new ArrayList<>();
    if (header == null) {
      return codings;
    }
    for (String token : header.split(",")) {
      String coding = token.strip().toLowerCase(Locale.ROOT);
      if (coding.isEmpty() || coding.equals("identity")) {
        continue;
      }
      if (!coding.equals("gzip")
          && !coding.equals("x-gzip")
          && !coding.equals("deflate")
          && !coding.equals("br")) {
        throw new UnsupportedEncoding("unsupported content-encoding: " + coding);
      }
      codings.add(coding);
    }
    if (codings.size() > MAX_ENCODINGS) {
      throw new UnsupportedEncoding("too many content-encodings: " + header);
    }
    return codings;
  }

  private static InputStream decoder(String coding, InputStream in, List<Inflater> inflaters)
      throws IOException {
    switch (coding) {
      case "gzip", "x-gzip" -> {
        return new GZIPInputStream(in, BUFFER);
      }
      case "br" -> {
        return new BrotliInputStream(in);
      }
      default -> {
        // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: sniff.
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(2);
        int cmf = buffered.read();
        int flg = buffered.read();
        buffered.reset();
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        inflaters.add(inflater);
        return new InflaterInputStream(buffered, inflater, BUFFER);
      }
    }
  }

  /** Counts bytes read off the wire against a cap, and checks the deadline after each read. */
  private static final class GuardedInputStream extends FilterInputStream {
    private final long max;
    private final long deadlineNanos;
    private long count;

    GuardedInputStream(InputStream in, long max, long deadlineNanos) {
      super(in);
      this.max = max;
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // Never read more than one byte past the cap: enough to know the body is too large.
      int n = super.read(b, off, (int) Math.min(len, max - count + 1));
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new LimitExceeded(max);
        }
      }
      checkDeadline(deadlineNanos);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      return read(new byte[(int) Math.min(n, BUFFER)]);
    }

    static void checkDeadline(long deadlineNanos) throws DeadlineExceeded {
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new DeadlineExceeded();
      }
    }
  }

  /** A body went over {@link #limit} bytes. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    LimitExceeded(long limit) {
      super("body larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  /** The whole-fetch deadline passed while the body was being read. */
  static final class DeadlineExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    DeadlineExceeded() {
      super("fetch deadline passed while reading the body");
    }
  }

  /** The server used a content coding newsflow did not ask for. */
  static final class UnsupportedEncoding extends IOException {
    private static final long serialVersionUID = 1L;

    UnsupportedEncoding(String message) {
      super(message);
    }
  }
}
