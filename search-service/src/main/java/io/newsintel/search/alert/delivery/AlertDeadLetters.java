package io.newsintel.search.alert.delivery;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Alerts given up on go to {@code news.alerts-dlt}, one record per alert (an {@code AlertRaised},
 * key = subscription id), with the headers Spring Kafka's dead-letter publisher writes: the
 * original topic, partition and offset (encoded as it encodes them), and the reason.
 */
class AlertDeadLetters {

  static final String ATTEMPTS = "x-delivery-attempts";
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;

  AlertDeadLetters(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    this.kafka = kafka;
    this.topics = topics;
  }

  void deadLetter(WebhookDelivery delivery, String reason, int attempts) {
    for (WebhookDelivery.Item item : delivery.items()) {
      List<Header> headers = headers(item.origin(), reason);
      headers.add(
          new RecordHeader(ATTEMPTS, Integer.toString(attempts).getBytes(StandardCharsets.UTF_8)));
      kafka.sendAndWait(
          topics.alertsDeadLetter(),
          delivery.subscriptionId(),
          EventJson.writeBytes(item.alert()),
          headers,
          WRITE_TIMEOUT);
    }
  }

  /** A record that is not an alert at all, kept as its original bytes. */
  void unreadable(ConsumerRecord<String, byte[]> record, String reason) {
    kafka.sendAndWait(
        topics.alertsDeadLetter(),
        record.key(),
        record.value(),
        headers(Origin.of(record), reason),
        WRITE_TIMEOUT);
  }

  private static List<Header> headers(Origin origin, String reason) {
    List<Header> headers = new ArrayList<>();
    headers.add(
        new RecordHeader(
            KafkaHeaders.DLT_ORIGINAL_TOPIC, origin.topic().getBytes(StandardCharsets.UTF_8)));
    headers.add(
        new RecordHeader(
            KafkaHeaders.DLT_ORIGINAL_PARTITION,
            ByteBuffer.allocate(Integer.BYTES).putInt(origin.partition()).array()));
    headers.add(
        new RecordHeader(
            KafkaHeaders.DLT_ORIGINAL_OFFSET,
            ByteBuffer.allocate(Long.BYTES).putLong(origin.offset()).array()));
    headers.add(
        new RecordHeader(
            KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8)));
    headers.add(
        new RecordHeader(
            KafkaHeaders.DLT_EXCEPTION_FQCN,
            WebhookDeliveryFailed.class.getName().getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  /** Names the kind of failure in the dead letter's exception header; never thrown. */
  static final class WebhookDeliveryFailed {
    private WebhookDeliveryFailed() {}
  }
}
