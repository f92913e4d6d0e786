package io.newsflow.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.article.Json;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The first thing a stage does with an input record: refuse it, with a reason, when it is larger
 * than the stage's bound, not JSON, or not of the topic's schema. A refusal is a {@link Rejected}
 * exception, which the stage turns into a dead letter ({@link AtLeastOnceConsumer} does so for a
 * failed record), and a count of {@code newsflow.input.rejected{stage,reason}}. Stateless.
 */
public final class RecordCheck {

  /** Why a record was refused; the metric's {@code reason} tag. */
  public enum Reason {
    OVERSIZED,
    MALFORMED,
    SCHEMA;

    public String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A refused record: the message is the dead letter's {@code dlq.error}. */
  public static final class Rejected extends IllegalArgumentException {
    private final Reason reason;

    public Rejected(Reason reason, String message, @Nullable Throwable cause) {
      super(message, cause);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  private static final ObjectReader STRICT =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RecordCheck() {}

  /**
   * The record's value as a JSON object.
   *
   * @param limitKey the setting that bounds the size, named in the reason
   * @throws Rejected when the value is missing, larger than {@code maxBytes}, not JSON, or not an
   *     object
   */
  public static ObjectNode jsonObject(byte @Nullable [] value, int maxBytes, String limitKey) {
    if (value == null) {
      throw new Rejected(Reason.SCHEMA, "wrong schema: a record without a value", null);
    }
    if (value.length > maxBytes) {
      throw new Rejected(
          Reason.OVERSIZED,
          "oversized record: " + value.length + " bytes, more than " + limitKey + "=" + maxBytes,
          null);
    }
    JsonNode node;
    try {
      node = STRICT.readTree(value);
    } catch (JsonProcessingException e) {
      throw new Rejected(Reason.MALFORMED, "not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new Rejected(Reason.MALFORMED, "not JSON: " + e.getMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new Rejected(Reason.SCHEMA, "wrong schema: not a JSON object", null);
    }
    return (ObjectNode) node;
  }

  /**
   * Binds the object to {@code type}, whose constructor checks required fields.
   *
   * @throws Rejected naming the problem when a field is missing or of the wrong type
   */
  public static <T> T bind(JsonNode node, Class<T> type) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof NullPointerException missing && missing.getMessage() != null) {
        throw new Rejected(
            Reason.SCHEMA, "wrong schema: missing required field " + missing.getMessage(), e);
      }
      throw new Rejected(Reason.SCHEMA, "wrong schema: " + e.getOriginalMessage() + at(e), e);
    } catch (IllegalArgumentException e) {
      throw new Rejected(Reason.SCHEMA, "wrong schema: " + e.getMessage(), e);
    }
  }

  private static String at(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return "";
    }
    StringBuilder path = new StringBuilder(" (at ");
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() > 5 ? "." : "").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.append(')').toString();
  }

  /** A schema problem found by the stage itself. */
  public static Rejected schema(String problem) {
    return new Rejected(Reason.SCHEMA, "wrong schema: " + problem, null);
  }

  /** Counts the refusal as {@code newsflow.input.rejected{stage,reason}}. */
  public static void count(MeterRegistry metrics, String stage, Rejected rejected) {
    metrics
        .counter("newsflow.input.rejected", "stage", stage, "reason", rejected.reason().tag())
        .increment();
  }
}
