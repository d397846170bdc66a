package io.newsintel.search.alert.delivery;

import io.newsintel.contract.serde.InvalidEventException;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Consumes the retry topic: a delivery whose time has not come yet is handed back (the consumer
 * pauses and reads it again later, committing nothing past it); one that is due gets its next
 * attempt.
 *
 * <p>Records are read in order per partition, so a retry due early can wait behind one due later:
 * by at most the longest backoff, which bounds how late a retry can be.
 */
class DeliveryRetryListener {

  static final String ID = "alert-delivery-retries";

  /** Pauses are taken in slices, so a consumer never sits idle for long. */
  static final Duration MAX_PAUSE = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(DeliveryRetryListener.class);

  private final WebhookDispatcher dispatcher;
  private final AlertDeadLetters deadLetters;
  private final Clock clock;

  DeliveryRetryListener(WebhookDispatcher dispatcher, AlertDeadLetters deadLetters, Clock clock) {
    this.dispatcher = dispatcher;
    this.deadLetters = deadLetters;
    this.clock = clock;
  }

  @KafkaListener(
      id = ID,
      groupId = "${search.alerts.delivery.group-id}-retries",
      topics = "${search.alerts.topics.retries}",
      containerFactory = DeliveryKafkaConfiguration.RETRY_CONTAINER_FACTORY)
  void onRetry(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
    DeliveryRetries.Retry retry;
    try {
      retry = DeliveryRetries.read(record);
    } catch (InvalidEventException | NumberFormatException e) {
      log.warn(
          "Unreadable retry at {}-{}@{} sent to the dead-letter topic: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      deadLetters.unreadable(record, "not a delivery retry: " + e.getMessage());
      ack.acknowledge();
      return;
    }
    Duration wait = Duration.between(clock.instant(), retry.due());
    if (!wait.isNegative() && !wait.isZero()) {
      ack.nack(wait.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : wait);
      return;
    }
    dispatcher.attempt(retry.delivery(), retry.attempt(), retry.firstAttempt());
    ack.acknowledge();
  }
}
