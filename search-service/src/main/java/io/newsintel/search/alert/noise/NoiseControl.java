package io.newsintel.search.alert.noise;

import io.newsintel.contract.AlertRaised;
import io.newsintel.search.alert.subscription.DigestMode;
import io.newsintel.search.alert.subscription.Subscription;
import java.time.Instant;
import java.util.List;

/**
 * Decides whether an alert goes out now or waits for a digest: always for a subscription in digest
 * mode (hourly or daily), and for the overflow of a subscription over its rate limit, whose digest
 * goes out when its rate window ends.
 */
public class NoiseControl {

  /** What becomes of an alert. */
  public enum Admission {
    SEND_NOW,
    HELD_FOR_DIGEST
  }

  private final RateLimiter limiter;
  private final DigestStore digests;
  private final NoiseProperties properties;

  NoiseControl(RateLimiter limiter, DigestStore digests, NoiseProperties properties) {
    this.limiter = limiter;
    this.digests = digests;
    this.properties = properties;
  }

  /**
   * @param topic where the alert was read, with {@code partition} and {@code offset}: what its dead
   *     letter will name if the digest cannot be delivered
   */
  public Admission admit(
      Subscription subscription,
      AlertRaised alert,
      String topic,
      int partition,
      long offset,
      Instant now) {
    Instant due = null;
    if (subscription.digest() != DigestMode.NONE) {
      due = subscription.digest().periodEnd(now);
    } else if (subscription.rateLimit() > 0
        && !limiter.tryAcquire(subscription.id(), subscription.rateLimit(), now)) {
      due = limiter.windowEnd(now);
    }
    if (due == null) {
      return Admission.SEND_NOW;
    }
    digests.hold(
        HeldAlert.of(alert, topic, partition, offset), now, due, properties.digestMaxAlerts());
    return Admission.HELD_FOR_DIGEST;
  }

  /** Digests whose time has come. */
  public List<PendingDigest> dueDigests(Instant now) {
    return digests.due(now);
  }

  /** The digest went out (or to the dead-letter topic): forget its alerts. */
  public void digestSent(PendingDigest digest) {
    digests.sent(digest);
  }

  /** The subscription is gone: nothing of it is sent any more. */
  public void forget(String subscriptionId) {
    limiter.forget(subscriptionId);
    digests.discard(subscriptionId);
  }
}
