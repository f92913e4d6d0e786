package io.newsflow.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a page into text. Stateless and thread-safe.
 *
 * <p>Order of trust: a byte-order mark, then the charset of the HTTP {@code Content-Type}, then
 * {@code <meta charset>} or {@code <meta http-equiv>} in the first 4 KiB, then UTF-8. Labels follow
 * the WHATWG encoding standard ({@code ISO-8859-1} and {@code US-ASCII} mean windows-1252). Two
 * recoveries: a page that claims UTF-8 (or nothing) but is not valid UTF-8 is decoded byte-sequence
 * by byte-sequence, valid UTF-8 as UTF-8 and every stray byte as windows-1252; a page that claims a
 * legacy charset yet is valid UTF-8 with non-ASCII text is decoded as UTF-8 (legacy text almost
 * never forms valid multi-byte UTF-8 sequences).
 */
public final class PageDecoder {

  /** The decoded page and the charset that was used ("UTF-8+windows-1252" for the mixed repair). */
  public record Decoded(String text, String charset) {}

  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char[] CP1252_HIGH = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6',
    '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F', '\u0090', '\u2018',
    '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161',
    '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
  };

  private PageDecoder() {}

  /**
   * Decodes the first {@code length} bytes.
   *
   * @param contentType the HTTP {@code Content-Type} value, or null
   */
  public static Decoded decode(byte[] bytes, int length, @Nullable String contentType) {
    int len = Math.min(length, bytes.length);
    if (len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) {
      if ((bytes[2] & 0xFF) == 0xBF) {
        return utf8OrRepair(bytes, 3, len);
      }
    }
    if (len >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, len - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    if (len >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, len - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    Charset declared = null;
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) {
        declared = charsetFor(m.group(1));
      }
    }
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(len, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = charsetFor(m.group(1));
      }
    }
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      return utf8OrRepair(bytes, 0, len);
    }
    if (utf8Status(bytes, 0, len) == Utf8.VALID_MULTIBYTE) {
      // legacy text is almost never valid UTF-8 with multi-byte sequences: the label is wrong
      return new Decoded(new String(bytes, 0, len, StandardCharsets.UTF_8), "UTF-8");
    }
    return new Decoded(new String(bytes, 0, len, declared), declared.name());
  }

  /** True when the bytes look like binary data rather than text: many control bytes up front. */
  public static boolean looksBinary(byte[] bytes, int length) {
    int n = Math.min(Math.min(length, bytes.length), SNIFF_BYTES);
    if (n == 0) {
      return false;
    }
    if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      return false; // a UTF-16 byte-order mark
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control * 20 > n;
  }

  private static @Nullable Charset charsetFor(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    switch (l) {
      case "utf8", "utf-8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
        // a page that reached us as bytes with an ASCII-compatible meta cannot be UTF-16
        return StandardCharsets.UTF_8;
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "cp1252":
        return WINDOWS_1252;
      case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese":
        return Charset.forName("GB18030");
      default:
        try {
          return Charset.forName(l);
        } catch (RuntimeException e) {
          return null;
        }
    }
  }

  private enum Utf8 {
    ASCII,
    VALID_MULTIBYTE,
    INVALID
  }

  private static Decoded utf8OrRepair(byte[] bytes, int from, int to) {
    String fast = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, "UTF-8"); // valid: the decoder replaced nothing
    }
    if (utf8Status(bytes, from, to) != Utf8.INVALID) {
      return new Decoded(new String(bytes, from, to - from, StandardCharsets.UTF_8), "UTF-8");
    }
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int n = sequenceLength(bytes, i, to);
      if (n > 0) {
        out.append(new String(bytes, i, n, StandardCharsets.UTF_8));
        i += n;
      } else {
        out.append(b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b);
        i++;
      }
    }
    return new Decoded(out.toString(), "UTF-8+windows-1252");
  }

  private static Utf8 utf8Status(byte[] bytes, int from, int to) {
    boolean multibyte = false;
    int i = from;
    while (i < to) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int n = sequenceLength(bytes, i, to);
      if (n == 0) {
        // a sequence cut by the input cap at the very end is not an encoding error
        return to - i < 4 && to < bytes.length
            ? (multibyte ? Utf8.VALID_MULTIBYTE : Utf8.ASCII)
            : Utf8.INVALID;
      }
      multibyte = true;
      i += n;
    }
    return multibyte ? Utf8.VALID_MULTIBYTE : Utf8.ASCII;
  }

  /** Length of the well-formed UTF-8 sequence at {@code i}, or 0 when it is malformed. */
  private static int sequenceLength(byte[] b, int i, int to) {
    int b0 = b[i] & 0xFF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      return i + 1 < to && isCont(b[i + 1]) ? 2 : 0;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
      if (i + 2 >= to || !isCont(b[i + 1]) || !isCont(b[i + 2])) {
        return 0;
      }
      int b1 = b[i + 1] & 0xFF;
      if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F)) {
        return 0;
      }
      return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
      if (i + 3 >= to || !isCont(b[i + 1]) || !isCont(b[i + 2]) || !isCont(b[i + 3])) {
        return 0;
      }
      int b1 = b[i + 1] & 0xFF;
      if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F)) {
        return 0;
      }
      return 4;
    }
    return 0;
  }

  private static boolean isCont(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
