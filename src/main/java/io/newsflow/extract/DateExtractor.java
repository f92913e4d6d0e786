package io.newsflow.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the dates that pages carry (ISO-8601 in its many web variants, RFC 1123, epoch seconds or
 * milliseconds, and dates in URLs) and keeps only plausible ones: not before 1990, not after the
 * fetch time. A value without zone is taken as UTC; a date without time as its start in UTC.
 * Stateless and thread-safe.
 */
public final class DateExtractor {

  /** The earliest date a news page can plausibly carry. */
  public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern SHORT_OFFSET = Pattern.compile("([+-]\\d{2})$");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  private static final Pattern ISO_DATE =
      Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern EUROPEAN_DATE =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|$)");

  private DateExtractor() {}

  /** The first candidate that parses to a plausible instant, in the order given. */
  public static @Nullable Instant first(List<String> candidates, Instant fetchedAt) {
    for (String candidate : candidates) {
      Instant instant = parse(candidate);
      if (instant != null && isPlausible(instant, fetchedAt)) {
        return instant;
      }
    }
    return null;
  }

  public static boolean isPlausible(Instant instant, Instant fetchedAt) {
    return !instant.isBefore(EARLIEST) && !instant.isAfter(fetchedAt);
  }

  /** The date in a URL path such as {@code /2024/03/05/} or {@code /2024-03-05/}, or null. */
  public static @Nullable Instant fromUrl(@Nullable String url, Instant fetchedAt) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return null;
    }
    Instant instant = ymd(m.group(1), m.group(2), m.group(3));
    return instant != null && isPlausible(instant, fetchedAt) ? instant : null;
  }

  /** Parses one value; null when it is not a date. */
  public static @Nullable Instant parse(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.strip();
    if (value.length() < 6 || value.length() > 60) {
      return null;
    }
    if (EPOCH.matcher(value).matches()) {
      long n = Long.parseLong(value);
      return value.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    if (Character.isDigit(value.charAt(0))) {
      Instant iso = iso(value);
      if (iso != null) {
        return iso;
      }
    } else {
      try {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        // not RFC 1123; fall through to a date inside the text
      }
    }
    Matcher m = ISO_DATE.matcher(value);
    if (m.find()) {
      return ymd(m.group(1), m.group(2), m.group(3));
    }
    m = EUROPEAN_DATE.matcher(value);
    if (m.find()) {
      return ymd(m.group(3), m.group(2), m.group(1));
    }
    return null;
  }

  private static @Nullable Instant iso(String value) {
    String v = value.replace(' ', 'T');
    if (v.endsWith("z")) {
      v = v.substring(0, v.length() - 1) + "Z";
    }
    if (v.length() > 10) {
      v = OFFSET_WITHOUT_COLON.matcher(v).replaceFirst("$1:$2");
      if (v.length() > 16) {
        v = SHORT_OFFSET.matcher(v).replaceFirst("$1:00");
      }
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try without a zone
    }
    try {
      return ZonedDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try without a zone
    }
    try {
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable Instant ymd(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
