package io.newsintel.search.alert.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A subscription as the API shows it: never its secret (except a generated one, once, in the answer
 * to the POST), and the webhook URL without its path, which often is a credential itself (Slack's
 * incoming webhooks).
 */
public record SubscriptionView(
    String id,
    String name,
    String query,
    Map<String, List<String>> filters,
    String webhookUrl,
    boolean updates,
    PayloadFormat format,
    DigestMode digest,
    int rateLimit,
    Instant createdAt,
    DeliveryStatus status,
    @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

  static SubscriptionView of(Subscription s, DeliveryStatus status, String generatedSecret) {
    return new SubscriptionView(
        s.id(),
        s.name(),
        s.query(),
        s.filters(),
        masked(s.webhookUrl()),
        s.updates(),
        s.format(),
        s.digest(),
        s.rateLimit(),
        s.createdAt(),
        status,
        generatedSecret);
  }

  static String masked(String webhookUrl) {
    if (webhookUrl == null) {
      return null;
    }
    URI uri = URI.create(webhookUrl);
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    boolean more =
        (uri.getRawPath() != null && uri.getRawPath().length() > 1) || uri.getRawQuery() != null;
    return more ? origin + "/…" : origin + "/";
  }
}
