package io.newsintel.search.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.subscription.DigestMode;
import io.newsintel.search.alert.subscription.PayloadFormat;
import io.newsintel.search.alert.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookPayloadsTest {

  private static final Instant NOW = Instant.parse("2026-05-03T10:00:00Z");
  private static final Origin ORIGIN = new Origin("news.alerts", 0, 7);

  private final AlertRaised alert =
      new AlertRaised(
          "alert-1",
          "sub-1",
          "APT28 <in> Europe",
          TestStories.natoCondemnsApt28("nato", "UNN", NOW),
          false,
          NOW,
          AlertRaised.SCHEMA_VERSION);

  @Test
  void jsonAlertCarriesSubscriptionIdAndTheWholeStory() {
    JsonNode body = json(subscription(PayloadFormat.JSON), WebhookDelivery.single(alert, ORIGIN));

    assertThat(body.get("subscriptionId").asString()).isEqualTo("sub-1");
    assertThat(body.at("/story/id").asString()).isEqualTo("nato");
    assertThat(body.at("/story/tags/sponsorStates/0").asString()).isEqualTo("Russia");
    assertThat(body.at("/story/evidence/0/text").asString()).isEqualTo("APT28");
    assertThat(body.get("alertId").asString()).isEqualTo("alert-1");
    assertThat(body.get("update").asBoolean()).isFalse();
  }

  @Test
  void jsonDigestListsItsAlertsAndCountsTheOmitted() {
    WebhookDelivery digest =
        new WebhookDelivery(
            "sub-1",
            List.of(new WebhookDelivery.Item(alert, ORIGIN)),
            new WebhookDelivery.Digest(NOW.minusSeconds(3600), NOW, 4));

    JsonNode body = json(subscription(PayloadFormat.JSON), digest);

    assertThat(body.get("subscriptionId").asString()).isEqualTo("sub-1");
    assertThat(body.at("/digest/count").asInt()).isEqualTo(1);
    assertThat(body.at("/digest/omitted").asInt()).isEqualTo(4);
    assertThat(body.at("/alerts/0/story/id").asString()).isEqualTo("nato");
  }

  @Test
  void slackPayloadIsATextWithALinkAndEscapedMarkup() {
    JsonNode body = json(subscription(PayloadFormat.SLACK), WebhookDelivery.single(alert, ORIGIN));

    assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("text");
    assertThat(body.get("text").asString())
        .startsWith("*APT28 &lt;in&gt; Europe*")
        .contains("<https://news.example.org/nato|NATO condemns APT28 cyber campaign")
        .contains("— UNN");
  }

  private static JsonNode json(Subscription subscription, WebhookDelivery delivery) {
    return EventJson.mapper().readTree(WebhookPayloads.render(subscription, delivery));
  }

  private static Subscription subscription(PayloadFormat format) {
    return new Subscription(
        "sub-1",
        "APT28 <in> Europe",
        "APT28",
        Map.of(),
        "https://hooks.example.org/x",
        "0123456789abcdef",
        false,
        format,
        DigestMode.NONE,
        0,
        NOW,
        Subscription.SCHEMA_VERSION);
  }
}
