package io.newsintel.contract;

/**
 * A Kafka topic with the types of its records. Keys are always strings (see {@link Topics}).
 *
 * @param name the topic name
 * @param valueType the type of the record values, also used to read its dead-letter topic
 */
public record Topic<V>(String name, Class<V> valueType) {

  /** Spring Kafka's default naming for the dead-letter topic. */
  public static final String DEAD_LETTER_SUFFIX = "-dlt";

  public String deadLetterName() {
    return name + DEAD_LETTER_SUFFIX;
  }
}
