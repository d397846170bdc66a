package io.newsintel.contract.serde;

import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes any event as {@link EventJson}. No type information goes on the wire: the topic says what
 * a record is (see {@link EventDeserializer}).
 */
public class EventSerializer implements Serializer<Object> {

  @Override
  public byte[] serialize(String topic, Object event) {
    return event == null ? null : EventJson.writeBytes(event);
  }
}
