package io.newsintel.search.alert.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where an alert was first read: what its dead letter names as the original record. */
public record Origin(String topic, int partition, long offset) {

  static Origin of(ConsumerRecord<?, ?> record) {
    return new Origin(record.topic(), record.partition(), record.offset());
  }
}
