package io.newsintel.search.alert.subscription;

import java.time.Instant;

/**
 * How alerts of one subscription have fared, as stored (key = subscription id) in the status topic.
 *
 * @param lastAlertAt when the last alert for the subscription was raised
 * @param lastDeliveredAt when its webhook last accepted a message
 * @param lastAttemptAt when its webhook was last called, or a message held for a digest
 * @param lastOutcome what happened then: {@code delivered}, {@code failed} (will be retried),
 *     {@code dead-lettered} (given up), {@code digested} (held for the next digest)
 * @param lastError why the last failed attempt failed
 * @param consecutiveFailures failed attempts since the last success
 * @param delivered messages delivered in all
 * @param deadLettered alerts given up on in all
 */
public record DeliveryStatus(
    Instant lastAlertAt,
    String lastAlertId,
    Instant lastDeliveredAt,
    Instant lastAttemptAt,
    String lastOutcome,
    String lastError,
    int consecutiveFailures,
    long delivered,
    long deadLettered) {

  public static final DeliveryStatus NONE =
      new DeliveryStatus(null, null, null, null, null, null, 0, 0, 0);

  public DeliveryStatus alertRaised(String alertId, Instant at) {
    if (lastAlertAt != null && at.isBefore(lastAlertAt)) {
      return this;
    }
    return new DeliveryStatus(
        at,
        alertId,
        lastDeliveredAt,
        lastAttemptAt,
        lastOutcome,
        lastError,
        consecutiveFailures,
        delivered,
        deadLettered);
  }

  public DeliveryStatus delivered(Instant at) {
    return new DeliveryStatus(
        lastAlertAt, lastAlertId, at, at, "delivered", null, 0, delivered + 1, deadLettered);
  }

  public DeliveryStatus failed(Instant at, String error) {
    return new DeliveryStatus(
        lastAlertAt,
        lastAlertId,
        lastDeliveredAt,
        at,
        "failed",
        error,
        consecutiveFailures + 1,
        delivered,
        deadLettered);
  }

  public DeliveryStatus deadLettered(Instant at, String error, int alerts) {
    return new DeliveryStatus(
        lastAlertAt,
        lastAlertId,
        lastDeliveredAt,
        at,
        "dead-lettered",
        error,
        consecutiveFailures + 1,
        delivered,
        deadLettered + alerts);
  }

  public DeliveryStatus digested(Instant at) {
    return new DeliveryStatus(
        lastAlertAt,
        lastAlertId,
        lastDeliveredAt,
        at,
        "digested",
        lastError,
        consecutiveFailures,
        delivered,
        deadLettered);
  }
}
