package io.newsintel.search.alert.subscription;

import io.newsintel.search.web.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a {@link SubscriptionRequest} and turns it into a {@link Subscription}, or refuses it with
 * a message that says what to send instead. Pure apart from the DNS look-up of the guard.
 */
public final class SubscriptionValidator {

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_VALUE_LENGTH = 200;
  static final int MAX_VALUES = 20;
  static final int MAX_URL_LENGTH = 2048;
  static final int MIN_SECRET_LENGTH = 16;
  static final int MAX_SECRET_LENGTH = 256;
  static final int MAX_RATE_LIMIT = 100_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebhookAddressGuard guard;
  private final int defaultRateLimit;
  private final Clock clock;

  public SubscriptionValidator(WebhookAddressGuard guard, int defaultRateLimit, Clock clock) {
    this.guard = guard;
    this.defaultRateLimit = defaultRateLimit;
    this.clock = clock;
  }

  /**
   * @param generatedSecret the secret made up for the subscription when none was given: shown to
   *     the user once, in the answer to the POST
   */
  public record Accepted(Subscription subscription, String generatedSecret) {}

  /**
   * @throws InvalidRequestException when the request cannot become a subscription
   */
  public Accepted validate(SubscriptionRequest request) {
    if (request == null) {
      throw new InvalidRequestException("send a JSON object with name, query, filters, webhookUrl");
    }
    if (!request.unknown().isEmpty()) {
      throw new InvalidRequestException(
          "unknown field(s) "
              + request.unknown().keySet()
              + "; known: name, query, filters, webhookUrl, secret, updates, format, digest,"
              + " rateLimit");
    }
    String name = trimmed(request.name());
    if (name == null) {
      throw new InvalidRequestException("name is required");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidRequestException(
          "name is too long: at most " + MAX_NAME_LENGTH + " characters");
    }
    String query = trimmed(request.query());
    if (query != null && query.length() > SubscriptionQuery.MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "query is too long: at most " + SubscriptionQuery.MAX_QUERY_LENGTH + " characters");
    }
    Map<String, List<String>> filters = filters(request.filters());
    try {
      SubscriptionQuery.of(query, filters);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }

    String webhookUrl = trimmed(request.webhookUrl());
    String secret = request.secret();
    String generatedSecret = null;
    if (webhookUrl != null) {
      checkWebhook(webhookUrl);
      if (secret == null || secret.isEmpty()) {
        secret = generatedSecret = newSecret();
      } else if (secret.length() < MIN_SECRET_LENGTH || secret.length() > MAX_SECRET_LENGTH) {
        throw new InvalidRequestException(
            "secret must be "
                + MIN_SECRET_LENGTH
                + " to "
                + MAX_SECRET_LENGTH
                + " characters long, or left out to have one generated");
      }
    } else if (secret != null) {
      throw new InvalidRequestException("secret is only used with a webhookUrl");
    }

    PayloadFormat format = PayloadFormat.JSON;
    if (request.format() != null) {
      format = PayloadFormat.of(request.format());
      if (format == null) {
        throw new InvalidRequestException(
            "format must be 'json' or 'slack', not '" + request.format() + "'");
      }
    }
    DigestMode digest = DigestMode.NONE;
    if (request.digest() != null) {
      digest = DigestMode.of(request.digest());
      if (digest == null) {
        throw new InvalidRequestException(
            "digest must be 'none', 'hourly' or 'daily', not '" + request.digest() + "'");
      }
    }
    int rateLimit = request.rateLimit() == null ? defaultRateLimit : request.rateLimit();
    if (rateLimit < 0 || rateLimit > MAX_RATE_LIMIT) {
      throw new InvalidRequestException(
          "rateLimit must be from 0 (no limit) to " + MAX_RATE_LIMIT + ", not " + rateLimit);
    }
    Subscription subscription =
        new Subscription(
            UUID.randomUUID().toString(),
            name,
            query,
            filters,
            webhookUrl,
            secret,
            Boolean.TRUE.equals(request.updates()),
            format,
            digest,
            rateLimit,
            clock.instant(),
            Subscription.SCHEMA_VERSION);
    return new Accepted(subscription, generatedSecret);
  }

  private void checkWebhook(String webhookUrl) {
    if (webhookUrl.length() > MAX_URL_LENGTH) {
      throw new InvalidRequestException(
          "webhookUrl is too long: at most " + MAX_URL_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(webhookUrl);
    } catch (URISyntaxException e) {
      throw new InvalidRequestException("webhookUrl is not a valid URL: " + e.getReason());
    }
    if (!uri.isAbsolute()) {
      throw new InvalidRequestException("webhookUrl must be an absolute http or https URL");
    }
    try {
      guard.check(uri);
    } catch (BlockedWebhookException e) {
      throw new InvalidRequestException(e.getMessage());
    }
  }

  private static Map<String, List<String>> filters(Map<String, Object> given) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (given == null) {
      return filters;
    }
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      SubscriptionFilter filter =
          SubscriptionFilter.byParameter(entry.getKey())
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "unknown filter '"
                              + entry.getKey()
                              + "'; known filters: "
                              + SubscriptionFilter.parameterNames()));
      List<String> values = new ArrayList<>();
      Object value = entry.getValue();
      if (value instanceof String text) {
        add(values, filter, text);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          if (!(item instanceof String text)) {
            throw new InvalidRequestException(
                "filter '" + filter.parameter() + "' takes a string or a list of strings");
          }
          add(values, filter, text);
        }
      } else if (value != null) {
        throw new InvalidRequestException(
            "filter '" + filter.parameter() + "' takes a string or a list of strings");
      }
      if (values.size() > MAX_VALUES) {
        throw new InvalidRequestException(
            "filter '" + filter.parameter() + "' has too many values: at most " + MAX_VALUES);
      }
      if (!values.isEmpty()) {
        filters.put(filter.parameter(), values);
      }
    }
    return filters;
  }

  private static void add(List<String> values, SubscriptionFilter filter, String value) {
    String trimmed = trimmed(value);
    if (trimmed == null) {
      return;
    }
    if (trimmed.length() > MAX_VALUE_LENGTH) {
      throw new InvalidRequestException(
          "filter '"
              + filter.parameter()
              + "' value is too long: at most "
              + MAX_VALUE_LENGTH
              + " characters");
    }
    values.add(trimmed);
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
