package io.newsintel.search.alert.delivery;

import io.newsintel.search.alert.subscription.BlockedWebhookException;
import io.newsintel.search.alert.subscription.Subscription;
import io.newsintel.search.alert.subscription.WebhookAddressGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * POSTs a message to a subscription's webhook: signed, with timeouts, never following redirects (a
 * redirect could lead past the address guard), after checking the URL's addresses again since DNS
 * may have changed since the subscription was created.
 */
class WebhookSender {

  static final String USER_AGENT = "news-intel-alerts/1";

  private final HttpClient http;
  private final WebhookAddressGuard guard;
  private final DeliveryProperties properties;

  WebhookSender(WebhookAddressGuard guard, DeliveryProperties properties) {
    this.guard = guard;
    this.properties = properties;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            // Not HTTP/2: over plain http the client would offer an h2c upgrade with the POST,
            // which many webhook receivers mishandle.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
  }

  DeliveryResult send(Subscription subscription, WebhookDelivery delivery, int attempt) {
    URI url = URI.create(subscription.webhookUrl());
    try {
      guard.check(url);
    } catch (BlockedWebhookException e) {
      return DeliveryResult.refused(e.getMessage());
    }
    byte[] body = WebhookPayloads.render(subscription, delivery);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(properties.requestTimeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", USER_AGENT)
            .header(WebhookSigner.HEADER, WebhookSigner.sign(subscription.secret(), body))
            .header("X-Alert-Delivery-Id", delivery.deliveryId())
            .header("X-Alert-Delivery-Attempt", Integer.toString(attempt))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return DeliveryResult.ofStatus(response.statusCode());
    } catch (HttpTimeoutException e) {
      return DeliveryResult.noAnswer("webhook did not answer in time: " + e.getMessage());
    } catch (IOException e) {
      return DeliveryResult.noAnswer("webhook could not be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.noAnswer("interrupted while calling the webhook");
    }
  }
}
