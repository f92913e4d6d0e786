package io.newsflow.dedup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary messages stage two and stage one send to stage three, keyed by article id: an article
 * (its profile, how many reports to wait for, its JSON) or one lookup's report.
 */
final class Messages {

  static final byte ARTICLE = 'A';
  static final byte REPORT = 'R';

  private Messages() {}

  /** An article waiting for its verdict. */
  record Pending(Profile profile, int expectedReports, byte[] json) {}

  static byte[] article(Pending pending) {
    return write(
        out -> {
          out.writeByte(ARTICLE);
          ProfileCodec.write(out, pending.profile(), ProfileCodec.ALL);
          out.writeInt(pending.expectedReports());
          out.writeInt(pending.json().length);
          out.write(pending.json());
        });
  }

  static byte[] report(Report report) {
    return write(
        out -> {
          out.writeByte(REPORT);
          writeReport(out, report);
        });
  }

  static Pending readArticle(byte[] message) {
    return read(
        message,
        in -> {
          Profile profile = ProfileCodec.read(in);
          int expected = in.readInt();
          return new Pending(profile, expected, in.readNBytes(in.readInt()));
        });
  }

  static Report readReport(byte[] message) {
    return read(message, Messages::readReport);
  }

  /** Reports appended one after another, as stage three keeps them. */
  static byte[] append(byte[] reports, Report report) {
    byte[] next = write(out -> writeReport(out, report));
    byte[] joined = new byte[reports.length + next.length];
    System.arraycopy(reports, 0, joined, 0, reports.length);
    System.arraycopy(next, 0, joined, reports.length, next.length);
    return joined;
  }

  static List<Report> reports(byte[] reports) {
    List<Report> all = new ArrayList<>();
    try (var in = new DataInputStream(new ByteArrayInputStream(reports))) {
      while (in.available() > 0) {
        all.add(readReport(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static void writeReport(DataOutputStream out, Report report) throws IOException {
    out.writeByte(report.kind());
    out.writeInt(report.position());
    out.writeShort(report.candidates().size());
    for (Candidate candidate : report.candidates()) {
      out.writeFloat((float) candidate.similarity());
      ProfileCodec.write(out, candidate.member(), ProfileCodec.parts(report.kind()));
    }
  }

  private static Report readReport(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    int position = in.readInt();
    int count = in.readUnsignedShort();
    List<Candidate> candidates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double similarity = in.readFloat();
      candidates.add(new Candidate(ProfileCodec.read(in), similarity));
    }
    return new Report(kind, position, candidates);
  }

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] write(Writer writer) {
    var bytes = new ByteArrayOutputStream(256);
    try (var out = new DataOutputStream(bytes)) {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T read(byte[] message, Reader<T> reader) {
    try (var in = new DataInputStream(new ByteArrayInputStream(message, 1, message.length - 1))) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("A corrupt dedup message", e);
    }
  }
}
