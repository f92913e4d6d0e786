package io.newsflow.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * CloudEvents 1.0 attributes in Kafka's binary content mode: {@code ce_specversion}, {@code ce_id},
 * {@code ce_source}, {@code ce_type}, {@code ce_time}, plus {@code content-type}. They let a
 * consumer route a record without parsing its body.
 *
 * @param id unique within {@code source}; newsflow uses the article id, so a replay repeats it
 * @param source a URI reference naming the stage, e.g. {@code /newsflow/crawler}
 * @param type reverse-DNS event type, e.g. {@code io.newsflow.article.extracted.v1}
 */
public record CloudEvents(String id, String source, String type, Instant time) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  public CloudEvents {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
  }

  /** The attributes as record headers. */
  public Headers toHeaders() {
    Headers headers = new RecordHeaders();
    add(headers, "ce_specversion", SPEC_VERSION);
    add(headers, "ce_id", id);
    add(headers, "ce_source", source);
    add(headers, "ce_type", type);
    add(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(time));
    add(headers, "content-type", CONTENT_TYPE);
    return headers;
  }

  /** The value of the last header named {@code key}, decoded as UTF-8, or null. */
  public static @Nullable String header(Headers headers, String key) {
    var header = headers.lastHeader(key);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void add(Headers headers, String key, String value) {
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
