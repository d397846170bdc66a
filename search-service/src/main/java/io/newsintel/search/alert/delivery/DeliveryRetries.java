package io.newsintel.search.alert.delivery;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Puts a failed delivery on the retry topic with the time of its next attempt, so that a retry
 * survives a restart and any instance can make it; and reads that back.
 */
class DeliveryRetries {

  static final String ATTEMPT = "x-delivery-attempt";
  static final String FIRST_ATTEMPT = "x-delivery-first-attempt";
  static final String DUE = "x-delivery-due";
  static final String LAST_ERROR = "x-delivery-last-error";

  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;

  DeliveryRetries(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    this.kafka = kafka;
    this.topics = topics;
  }

  /** The next attempt of a delivery, as read from the retry topic. */
  record Retry(WebhookDelivery delivery, int attempt, Instant firstAttempt, Instant due) {}

  void schedule(
      WebhookDelivery delivery, int attempt, Instant firstAttempt, Instant due, String lastError) {
    List<Header> headers =
        List.of(
            header(ATTEMPT, Integer.toString(attempt)),
            header(FIRST_ATTEMPT, Long.toString(firstAttempt.toEpochMilli())),
            header(DUE, Long.toString(due.toEpochMilli())),
            header(LAST_ERROR, lastError == null ? "" : lastError));
    kafka.sendAndWait(
        topics.retries(),
        delivery.subscriptionId(),
        EventJson.writeBytes(delivery),
        headers,
        WRITE_TIMEOUT);
  }

  /**
   * @throws io.newsintel.contract.serde.InvalidEventException when the record is not a delivery
   * @throws NumberFormatException when its retry headers are missing or wrong
   */
  static Retry read(ConsumerRecord<String, byte[]> record) {
    WebhookDelivery delivery = EventJson.read(record.value(), WebhookDelivery.class);
    return new Retry(
        delivery,
        Integer.parseInt(text(record, ATTEMPT)),
        Instant.ofEpochMilli(Long.parseLong(text(record, FIRST_ATTEMPT))),
        Instant.ofEpochMilli(Long.parseLong(text(record, DUE))));
  }

  private static String text(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    if (header == null) {
      throw new NumberFormatException("no " + name + " header");
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static Header header(String name, String value) {
    return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
