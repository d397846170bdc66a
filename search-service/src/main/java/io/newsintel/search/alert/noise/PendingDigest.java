package io.newsintel.search.alert.noise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts a subscription's next digest will carry, as stored (key = subscription id) in the
 * digests topic.
 *
 * @param from when the first of them was held
 * @param due when the digest is sent
 * @param omitted alerts held after the digest was full: counted, not listed
 */
public record PendingDigest(
    String subscriptionId, Instant from, Instant due, List<HeldAlert> alerts, int omitted) {

  public PendingDigest {
    alerts = List.copyOf(alerts);
  }

  PendingDigest with(HeldAlert alert, Instant due, int maxAlerts) {
    Instant earliest = due.isBefore(this.due) ? due : this.due;
    if (alerts.size() >= maxAlerts) {
      return new PendingDigest(subscriptionId, from, earliest, alerts, omitted + 1);
    }
    List<HeldAlert> more = new ArrayList<>(alerts);
    more.add(alert);
    return new PendingDigest(subscriptionId, from, earliest, more, omitted);
  }

  /** What is left of this digest once {@code sent} went out (alerts held meanwhile). */
  PendingDigest without(PendingDigest sent) {
    List<HeldAlert> left = new ArrayList<>(alerts);
    left.removeAll(sent.alerts());
    int leftOmitted = Math.max(0, omitted - sent.omitted());
    if (left.isEmpty() && leftOmitted == 0) {
      return null;
    }
    return new PendingDigest(subscriptionId, from, due, left, leftOmitted);
  }
}
