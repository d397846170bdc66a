package io.newsintel.contract.serde;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of every event, shared by the Kafka serde and the command-line tools so that
 * what {@code parse} and {@code tag} print is byte for byte what travels on the topics.
 */
public final class EventJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // Readers ignore fields they do not know, so producers can add fields without a
          // lock-step upgrade of every consumer.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private EventJson() {}

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON, no trailing newline. */
  public static String write(Object event) {
    return MAPPER.writeValueAsString(event);
  }

  public static byte[] writeBytes(Object event) {
    return MAPPER.writeValueAsBytes(event);
  }

  /**
   * @throws InvalidEventException when the text is not a JSON object of that type
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw new InvalidEventException(type, e);
    }
  }

  public static <T> T read(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw new InvalidEventException(type, e);
    }
  }
}
