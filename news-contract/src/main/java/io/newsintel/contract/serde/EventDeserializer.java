package io.newsintel.contract.serde;

import io.newsintel.contract.Topic;
import io.newsintel.contract.Topics;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads an event by the topic it was read from: a stable mapping from topic name to event type,
 * never a class name on the wire. Throws {@link InvalidEventException} for bytes that are not a
 * valid event, so that Spring Kafka's {@code ErrorHandlingDeserializer} can dead-letter them with
 * the reason.
 */
public class EventDeserializer implements Deserializer<Object> {

  @Override
  public Object deserialize(String topic, byte[] data) {
    if (data == null) {
      return null; // a tombstone
    }
    Class<?> type =
        Topics.byName(topic)
            .<Class<?>>map(Topic::valueType)
            .orElseThrow(() -> new InvalidEventException("no event type known for topic " + topic));
    return EventJson.read(data, type);
  }
}
