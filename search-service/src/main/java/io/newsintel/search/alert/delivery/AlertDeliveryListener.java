package io.newsintel.search.alert.delivery;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.search.alert.noise.NoiseControl;
import io.newsintel.search.alert.subscription.DeliveryStatusStore;
import io.newsintel.search.alert.subscription.Subscription;
import io.newsintel.search.alert.subscription.SubscriptionRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code news.alerts} (one consumer group across instances, so each alert is delivered by
 * one of them) and gives each alert its first delivery attempt, unless noise control holds it for a
 * digest. Failed attempts continue on the retry topic, so one slow webhook delays the alerts behind
 * it by at most one request timeout.
 */
class AlertDeliveryListener {

  static final String ID = "alert-delivery";

  private static final Logger log = LoggerFactory.getLogger(AlertDeliveryListener.class);

  private final SubscriptionRegistry registry;
  private final DeliveryStatusStore statuses;
  private final NoiseControl noise;
  private final WebhookDispatcher dispatcher;
  private final AlertDeadLetters deadLetters;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  AlertDeliveryListener(
      SubscriptionRegistry registry,
      DeliveryStatusStore statuses,
      NoiseControl noise,
      WebhookDispatcher dispatcher,
      AlertDeadLetters deadLetters,
      DeliveryMetrics metrics,
      Clock clock) {
    this.registry = registry;
    this.statuses = statuses;
    this.noise = noise;
    this.dispatcher = dispatcher;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.clock = clock;
  }

  @KafkaListener(
      id = ID,
      groupId = "${search.alerts.delivery.group-id}",
      topics = "${search.alerts.topics.alerts}",
      containerFactory = DeliveryKafkaConfiguration.DELIVERY_CONTAINER_FACTORY)
  void onAlert(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    AlertRaised alert;
    try {
      alert = EventJson.read(record.value(), AlertRaised.class);
      if (alert.subscriptionId() == null || alert.story() == null || alert.alertId() == null) {
        throw new InvalidEventException("an alert without subscription, story or id");
      }
    } catch (InvalidEventException e) {
      log.warn(
          "Unreadable alert at {}-{}@{} sent to the dead-letter topic: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          e.getMessage());
      deadLetters.unreadable(record, e.getMessage());
      return;
    }
    Optional<Subscription> found = registry.find(alert.subscriptionId());
    if (found.isEmpty()) {
      metrics.count(DeliveryMetrics.Outcome.SKIPPED);
      return;
    }
    Subscription subscription = found.get();
    AlertRaised raised = alert;
    statuses.update(subscription.id(), s -> s.alertRaised(raised.alertId(), raised.raisedAt()));
    if (!subscription.hasWebhook()) {
      metrics.count(DeliveryMetrics.Outcome.SKIPPED);
      return;
    }
    Instant now = clock.instant();
    NoiseControl.Admission admission =
        noise.admit(subscription, alert, record.topic(), record.partition(), record.offset(), now);
    if (admission == NoiseControl.Admission.HELD_FOR_DIGEST) {
      statuses.update(subscription.id(), s -> s.digested(now));
      metrics.count(DeliveryMetrics.Outcome.DIGESTED);
      return;
    }
    dispatcher.attempt(WebhookDelivery.single(alert, Origin.of(record)), 1, now);
  }
}
