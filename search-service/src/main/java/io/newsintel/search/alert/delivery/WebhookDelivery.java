package io.newsintel.search.alert.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.newsintel.contract.AlertRaised;
import java.time.Instant;
import java.util.List;

/**
 * One webhook message: a single alert, or a digest of several. This is what waits on the retry
 * topic between attempts.
 *
 * @param digest the digest's period and how many alerts it leaves out; null for a single alert
 */
public record WebhookDelivery(String subscriptionId, List<Item> items, Digest digest) {

  public WebhookDelivery {
    items = List.copyOf(items);
  }

  /** An alert and the record it came from. */
  public record Item(AlertRaised alert, Origin origin) {}

  /**
   * @param omitted alerts of the period left out because the digest was full
   */
  public record Digest(Instant from, Instant to, int omitted) {}

  public static WebhookDelivery single(AlertRaised alert, Origin origin) {
    return new WebhookDelivery(alert.subscriptionId(), List.of(new Item(alert, origin)), null);
  }

  @JsonIgnore
  public boolean isDigest() {
    return digest != null;
  }

  /** An id for the receiver's de-duplication: the alert's, or derived from the digest's alerts. */
  @JsonIgnore
  public String deliveryId() {
    if (!isDigest()) {
      return items.get(0).alert().alertId();
    }
    StringBuilder ids = new StringBuilder(subscriptionId).append('|').append(digest.from());
    items.forEach(i -> ids.append('|').append(i.alert().alertId()));
    return "digest-"
        + java.util.UUID.nameUUIDFromBytes(
            ids.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
