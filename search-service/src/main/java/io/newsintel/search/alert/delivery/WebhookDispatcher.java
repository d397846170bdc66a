package io.newsintel.search.alert.delivery;

import io.newsintel.search.alert.subscription.DeliveryStatusStore;
import io.newsintel.search.alert.subscription.Subscription;
import io.newsintel.search.alert.subscription.SubscriptionRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one attempt of a delivery and settles it: delivered; failed and scheduled again on the
 * retry topic; or given up and dead-lettered (a permanent failure, or the give-up time reached).
 * Records the subscription's delivery status either way.
 */
class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final SubscriptionRegistry registry;
  private final DeliveryStatusStore statuses;
  private final WebhookSender sender;
  private final DeliveryBackoff backoff;
  private final DeliveryRetries retries;
  private final AlertDeadLetters deadLetters;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  WebhookDispatcher(
      SubscriptionRegistry registry,
      DeliveryStatusStore statuses,
      WebhookSender sender,
      DeliveryBackoff backoff,
      DeliveryRetries retries,
      AlertDeadLetters deadLetters,
      DeliveryMetrics metrics,
      Clock clock) {
    this.registry = registry;
    this.statuses = statuses;
    this.sender = sender;
    this.backoff = backoff;
    this.retries = retries;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * @param attempt 1 for the first
   * @param firstAttempt when the first attempt was made (now, for the first)
   */
  void attempt(WebhookDelivery delivery, int attempt, Instant firstAttempt) {
    Optional<Subscription> found = registry.find(delivery.subscriptionId());
    if (found.isEmpty() || !found.get().hasWebhook()) {
      // Deleted since the alert was raised: nobody wants it any more.
      metrics.count(DeliveryMetrics.Outcome.SKIPPED);
      return;
    }
    Subscription subscription = found.get();
    long start = System.nanoTime();
    DeliveryResult result = sender.send(subscription, delivery, attempt);
    metrics.webhookAnswered(Duration.ofNanos(System.nanoTime() - start));
    Instant now = clock.instant();
    switch (result.outcome()) {
      case DELIVERED -> {
        statuses.update(subscription.id(), s -> s.delivered(now));
        metrics.count(DeliveryMetrics.Outcome.DELIVERED);
        for (WebhookDelivery.Item item : delivery.items()) {
          metrics.deliveredAfter(Duration.between(item.alert().raisedAt(), now));
        }
      }
      case RETRYABLE -> {
        Instant next = backoff.nextAttempt(firstAttempt, now, attempt);
        if (next == null) {
          giveUp(
              subscription,
              delivery,
              result.reason()
                  + "; gave up after "
                  + attempt
                  + " attempts over "
                  + Duration.between(firstAttempt, now).toSeconds()
                  + " s",
              attempt,
              now);
        } else {
          retries.schedule(delivery, attempt + 1, firstAttempt, next, result.reason());
          statuses.update(subscription.id(), s -> s.failed(now, result.reason()));
          metrics.count(DeliveryMetrics.Outcome.RETRIED);
          log.info(
              "Delivery {} to subscription {} failed ({}), attempt {} at {}",
              delivery.deliveryId(),
              subscription.id(),
              result.reason(),
              attempt + 1,
              next);
        }
      }
      case PERMANENT -> giveUp(subscription, delivery, result.reason(), attempt, now);
    }
  }

  private void giveUp(
      Subscription subscription,
      WebhookDelivery delivery,
      String reason,
      int attempts,
      Instant now) {
    deadLetters.deadLetter(delivery, reason, attempts);
    statuses.update(subscription.id(), s -> s.deadLettered(now, reason, delivery.items().size()));
    metrics.count(DeliveryMetrics.Outcome.DEAD_LETTERED);
    log.warn(
        "Delivery {} to subscription {} given up: {}",
        delivery.deliveryId(),
        subscription.id(),
        reason);
  }
}
