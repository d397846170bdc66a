package io.newsintel.search.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.AlertApi;
import io.newsintel.search.alert.TopicReader;
import io.newsintel.search.alert.WebhookReceiver;
import io.newsintel.testinfra.TestInfrastructure;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Stories in through real Kafka, indexed in real Elasticsearch, matched, and delivered to a webhook
 * receiver on loopback: signed, retried on 500, dead-lettered on {@code news.alerts-dlt} when the
 * receiver never recovers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AlertDeliveryIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String SOURCE = "Alert delivery IT " + RUN;
  private static final String API_KEY = "alert-it-key";
  private static final Duration WITHIN = Duration.ofSeconds(30);

  private static KafkaTestSupport kafka;
  private static WebhookReceiver receiver;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> "stories-it-alerts-" + RUN);
    registry.add("spring.kafka.consumer.group-id", () -> "search-it-alerts-" + RUN);
    registry.add("news.api-key", () -> API_KEY);
    // The real news.alerts and news.alerts-dlt; everything this class's instance keeps apart.
    registry.add("search.alerts.topics.subscriptions", () -> "it-subscriptions-" + RUN);
    registry.add("search.alerts.topics.alerted", () -> "it-alerted-" + RUN);
    registry.add("search.alerts.topics.status", () -> "it-alert-status-" + RUN);
    registry.add("search.alerts.topics.digests", () -> "it-alert-digests-" + RUN);
    registry.add("search.alerts.topics.retries", () -> "it-alert-retries-" + RUN);
    registry.add("search.alerts.delivery.group-id", () -> "it-alert-delivery-" + RUN);
    registry.add("search.alerts.subscriptions.allow-private-addresses", () -> "true");
    registry.add("search.alerts.delivery.initial-backoff", () -> "200ms");
    registry.add("search.alerts.delivery.max-backoff", () -> "800ms");
    registry.add("search.alerts.delivery.give-up-after", () -> "3s");
    registry.add("search.alerts.noise.rate-window", () -> "5s");
    registry.add("search.alerts.noise.digest-check-interval", () -> "200ms");
  }

  @LocalServerPort int port;

  @BeforeAll
  static void start() throws Exception {
    kafka = new KafkaTestSupport();
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stop() {
    kafka.close();
    receiver.close();
  }

  @Test
  void matchingStoryReachesWebhookWithSignatureOfTheExactBody() throws Exception {
    String secret = "it-secret-" + RUN + "-0123456789";
    String subscriptionId = subscribe("APT28 Germany", "/signed", secret).get("id").asString();
    String match = id("nato");
    String other = id("council");
    kafka.publish(match, TestStories.natoCondemnsApt28(match, SOURCE, Instant.now()));
    kafka.publish(
        other,
        TestStories.ordinary(other, "City council budget", SOURCE, Instant.now(), Instant.now()));

    WebhookReceiver.Received call =
        await().atMost(WITHIN).until(() -> receiver.received("/signed"), r -> !r.isEmpty()).get(0);

    assertThat(call.header("X-Signature-SHA256"))
        .isEqualTo(WebhookSigner.sign(secret, call.body()));
    assertThat(call.header("Content-Type")).isEqualTo("application/json");
    JsonNode body = EventJson.mapper().readTree(call.body());
    assertThat(body.get("subscriptionId").asString()).isEqualTo(subscriptionId);
    assertThat(body.at("/story/id").asString()).isEqualTo(match);
    assertThat(body.at("/story/tags/actors/0").asString()).isEqualTo("APT28");
    assertThat(body.get("update").asBoolean()).isFalse();
    // Matched after indexing: the alert's story can be read at once.
    assertThat(new ApiClient(port).get("/api/stories/" + match).status()).isEqualTo(200);

    List<ConsumerRecord<String, byte[]>> alerts =
        TopicReader.read("news.alerts", r -> subscriptionId.equals(r.key()));
    assertThat(alerts).hasSize(1);
    AlertRaised alert = EventJson.read(alerts.get(0).value(), AlertRaised.class);
    assertThat(alert.story().id()).isEqualTo(match);
    assertThat(alert.alertId()).isEqualTo(call.header("X-Alert-Delivery-Id"));

    JsonNode status =
        await()
            .atMost(WITHIN)
            .until(
                () -> api().subscription(subscriptionId).get("status"),
                s -> s.get("delivered").asLong() == 1);
    assertThat(status.get("lastAlertId").asString()).isEqualTo(alert.alertId());
    assertThat(status.get("lastDeliveredAt").isNull()).isFalse();
    assertThat(status.get("consecutiveFailures").asInt()).isZero();
    assertThat(receiver.received("/signed")).hasSize(1);
  }

  @Test
  void webhookAnswering500IsRetriedWithBackoffUntilItAccepts() {
    receiver.answer("/flaky", call -> call <= 2 ? 500 : 204);
    String subscriptionId = subscribe("\"Harbour crane\"", "/flaky", null).get("id").asString();
    String story = id("crane");
    kafka.publish(
        story,
        TestStories.ordinary(
            story, "Harbour crane collapses", SOURCE, Instant.now(), Instant.now()));

    List<WebhookReceiver.Received> calls =
        await().atMost(WITHIN).until(() -> receiver.received("/flaky"), r -> r.size() >= 3);

    assertThat(calls)
        .extracting(c -> c.header("X-Alert-Delivery-Attempt"))
        .containsExactly("1", "2", "3");
    assertThat(calls)
        .extracting(c -> c.header("X-Alert-Delivery-Id"))
        .containsOnly(calls.get(0).header("X-Alert-Delivery-Id"));
    assertThat(calls).extracting(WebhookReceiver.Received::text).containsOnly(calls.get(0).text());
    JsonNode status =
        await()
            .atMost(WITHIN)
            .until(
                () -> api().subscription(subscriptionId).get("status"),
                s -> s.get("delivered").asLong() == 1);
    assertThat(status.get("consecutiveFailures").asInt()).isZero();
    assertThat(status.get("lastOutcome").asString()).isEqualTo("delivered");
  }

  @Test
  void deliveryThatKeepsFailingLandsInDeadLetterTopicWithTheReason() {
    receiver.answer("/down", call -> 500);
    String subscriptionId = subscribe("\"Bridge closure\"", "/down", null).get("id").asString();
    String story = id("bridge");
    kafka.publish(
        story,
        TestStories.ordinary(
            story, "Bridge closure announced", SOURCE, Instant.now(), Instant.now()));

    List<ConsumerRecord<String, byte[]>> dead =
        await()
            .atMost(WITHIN)
            .until(
                () -> TopicReader.read("news.alerts-dlt", r -> subscriptionId.equals(r.key())),
                d -> !d.isEmpty());

    ConsumerRecord<String, byte[]> letter = dead.get(0);
    assertThat(EventJson.read(letter.value(), AlertRaised.class).story().id()).isEqualTo(story);
    assertThat(TopicReader.header(letter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
        .contains("HTTP 500")
        .contains("gave up after");
    assertThat(TopicReader.header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC))
        .isEqualTo("news.alerts");
    assertThat(letter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).hasSize(8);
    long originalOffset =
        ByteBuffer.wrap(letter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
            .getLong();
    List<ConsumerRecord<String, byte[]>> original =
        TopicReader.read("news.alerts", r -> subscriptionId.equals(r.key()));
    assertThat(original).extracting(ConsumerRecord::offset).containsExactly(originalOffset);
    assertThat(receiver.received("/down")).hasSizeGreaterThanOrEqualTo(2);
    JsonNode status = api().subscription(subscriptionId).get("status");
    assertThat(status.get("lastOutcome").asString()).isEqualTo("dead-lettered");
    assertThat(status.get("deadLettered").asLong()).isEqualTo(1);
    assertThat(status.get("consecutiveFailures").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void storiesOverTheRateLimitArriveOnceEachInADigest() {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", "IT limited");
    body.put("query", "\"Ferry strike\"");
    body.put("filters", Map.of("source", SOURCE));
    body.put("webhookUrl", receiver.url("/limited"));
    body.put("rateLimit", 1);
    String subscriptionId = api().subscribe(body).get("id").asString();
    List<String> stories = List.of(id("ferry-1"), id("ferry-2"), id("ferry-3"));
    kafka.publishAll(
        stories.stream()
            .map(
                s ->
                    TestStories.ordinary(
                        s, "Ferry strike day " + s, SOURCE, Instant.now(), Instant.now()))
            .toList());

    List<JsonNode> messages =
        await()
            .atMost(WITHIN)
            .until(
                () ->
                    receiver.received("/limited").stream()
                        .map(r -> EventJson.mapper().readTree(r.body()))
                        .toList(),
                m -> storiesIn(m).size() >= 3);

    assertThat(storiesIn(messages)).containsExactlyInAnyOrderElementsOf(stories);
    List<JsonNode> digests = messages.stream().filter(m -> m.has("digest")).toList();
    assertThat(digests).isNotEmpty();
    assertThat(digests.get(0).get("subscriptionId").asString()).isEqualTo(subscriptionId);
    assertThat(digests.get(0).at("/digest/count").asInt()).isGreaterThanOrEqualTo(1);
  }

  /** The story ids of single alerts and digests alike. */
  private static List<String> storiesIn(List<JsonNode> messages) {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode message : messages) {
      if (message.has("digest")) {
        message.get("alerts").forEach(a -> ids.add(a.at("/story/id").asString()));
      } else {
        ids.add(message.at("/story/id").asString());
      }
    }
    return ids;
  }

  private JsonNode subscribe(String query, String path, String secret) {
    Map<String, Object> body =
        new java.util.LinkedHashMap<>(
            Map.of(
                "name",
                "IT " + path,
                "query",
                query,
                "filters",
                Map.of("source", SOURCE),
                "webhookUrl",
                receiver.url(path)));
    if (secret != null) {
      body.put("secret", secret);
    }
    return api().subscribe(body);
  }

  private AlertApi api() {
    return new AlertApi(port, API_KEY);
  }

  private static String id(String name) {
    return "it-" + RUN + "-" + name;
  }
}
