package io.newsintel.search.alert.subscription;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved query, as stored (key = id) in the subscriptions topic.
 *
 * @param query search text in the search API's syntax, may be null when filters are given
 * @param filters filter name ({@link SubscriptionFilter#parameter()}) to the values of which any
 *     must match
 * @param webhookUrl where alerts are POSTed; null for a subscription read only through the stream
 * @param secret the key of the webhook signatures
 * @param updates whether a changed version of an already alerted story is sent again, as an update
 * @param rateLimit most webhook messages per rate window (one hour by default); the overflow goes
 *     into a digest; 0 for no limit
 */
public record Subscription(
    String id,
    String name,
    String query,
    Map<String, List<String>> filters,
    String webhookUrl,
    String secret,
    boolean updates,
    PayloadFormat format,
    DigestMode digest,
    int rateLimit,
    Instant createdAt,
    int schemaVersion) {

  public static final int SCHEMA_VERSION = 1;

  public Subscription {
    filters = filters == null ? Map.of() : copy(filters);
    format = format == null ? PayloadFormat.JSON : format;
    digest = digest == null ? DigestMode.NONE : digest;
  }

  public boolean hasWebhook() {
    return webhookUrl != null && !webhookUrl.isBlank();
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> filters) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    filters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
