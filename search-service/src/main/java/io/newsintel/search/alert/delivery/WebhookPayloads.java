package io.newsintel.search.alert.delivery;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.subscription.PayloadFormat;
import io.newsintel.search.alert.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The bodies webhooks receive. JSON: {@code {subscriptionId, story, ...}} for one alert
 * (DESIGN.md), {@code {subscriptionId, digest, alerts}} for a digest. Slack: {@code {text}} in
 * Slack's mrkdwn, so a Slack incoming-webhook URL works as is.
 */
final class WebhookPayloads {

  private WebhookPayloads() {}

  /** One alert as JSON: the contract's two fields first, then what helps a receiver. */
  record AlertPayload(
      String subscriptionId,
      StoryEnriched story,
      String subscriptionName,
      String alertId,
      boolean update,
      Instant raisedAt) {}

  record DigestPayload(
      String subscriptionId,
      String subscriptionName,
      DigestInfo digest,
      List<DigestAlert> alerts) {}

  record DigestInfo(Instant from, Instant to, int count, int omitted) {}

  record DigestAlert(String alertId, boolean update, Instant raisedAt, StoryEnriched story) {}

  static byte[] render(Subscription subscription, WebhookDelivery delivery) {
    if (subscription.format() == PayloadFormat.SLACK) {
      return EventJson.writeBytes(Map.of("text", slackText(subscription, delivery)));
    }
    if (!delivery.isDigest()) {
      AlertRaised alert = delivery.items().get(0).alert();
      return EventJson.writeBytes(
          new AlertPayload(
              alert.subscriptionId(),
              alert.story(),
              subscription.name(),
              alert.alertId(),
              alert.update(),
              alert.raisedAt()));
    }
    List<DigestAlert> alerts =
        delivery.items().stream()
            .map(WebhookDelivery.Item::alert)
            .map(a -> new DigestAlert(a.alertId(), a.update(), a.raisedAt(), a.story()))
            .toList();
    WebhookDelivery.Digest digest = delivery.digest();
    return EventJson.writeBytes(
        new DigestPayload(
            delivery.subscriptionId(),
            subscription.name(),
            new DigestInfo(digest.from(), digest.to(), alerts.size(), digest.omitted()),
            alerts));
  }

  static String slackText(Subscription subscription, WebhookDelivery delivery) {
    StringBuilder text = new StringBuilder();
    if (delivery.isDigest()) {
      int count = delivery.items().size() + delivery.digest().omitted();
      text.append("*")
          .append(escape(subscription.name()))
          .append("*: ")
          .append(count)
          .append(count == 1 ? " story" : " stories")
          .append('\n');
      for (WebhookDelivery.Item item : delivery.items()) {
        text.append("• ").append(line(item.alert())).append('\n');
      }
      if (delivery.digest().omitted() > 0) {
        text.append("…and ").append(delivery.digest().omitted()).append(" more\n");
      }
      return text.toString().strip();
    }
    AlertRaised alert = delivery.items().get(0).alert();
    text.append("*").append(escape(subscription.name())).append("*");
    if (alert.update()) {
      text.append(" (updated story)");
    }
    text.append('\n').append(line(alert));
    StoryEnriched story = alert.story();
    if (story.summary() != null && !story.summary().isBlank()) {
      text.append('\n').append(escape(shorten(story.summary(), 300)));
    }
    return text.toString();
  }

  private static String line(AlertRaised alert) {
    StoryEnriched story = alert.story();
    String title = escape(story.title() == null ? story.id() : story.title());
    String link = story.url() == null ? title : "<" + story.url() + "|" + title + ">";
    String source = story.source() == null ? null : story.source().name();
    return link
        + (source == null ? "" : " — " + escape(source))
        + (alert.update() ? " (update)" : "");
  }

  /** Slack's mrkdwn reserves these three characters. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
