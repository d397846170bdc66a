package io.newsintel.search.alert.subscription;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/subscriptions}, as sent; {@link SubscriptionValidator} checks it.
 *
 * @param filters filter name to one value or a list of values
 * @param unknown fields the API does not know, refused so that a typo ({@code webhookURL}) does not
 *     silently create a subscription without a webhook
 */
public record SubscriptionRequest(
    String name,
    String query,
    Map<String, Object> filters,
    String webhookUrl,
    String secret,
    Boolean updates,
    String format,
    String digest,
    Integer rateLimit,
    @JsonAnySetter Map<String, Object> unknown) {

  public SubscriptionRequest {
    unknown = unknown == null ? new LinkedHashMap<>() : unknown;
  }

  /** A request with only the fields DESIGN.md names. */
  public static SubscriptionRequest of(
      String name, String query, Map<String, Object> filters, String webhookUrl, String secret) {
    return new SubscriptionRequest(
        name, query, filters, webhookUrl, secret, null, null, null, null, null);
  }
}
