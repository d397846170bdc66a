package io.newsintel.search.alert.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.AlertApi;
import io.newsintel.search.alert.SseClient;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code GET /api/alerts/stream} against real Kafka: live alerts, and resuming without gaps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AlertStreamIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALERTS = "it-stream-alerts-" + RUN;
  private static final String SOURCE = "Alert stream IT " + RUN;
  private static final String API_KEY = "stream-it-key";
  private static final Duration WITHIN = Duration.ofSeconds(30);

  private static KafkaProducer<String, Object> producer;
  private static KafkaTestSupport kafka;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> "stories-it-stream-" + RUN);
    registry.add("spring.kafka.consumer.group-id", () -> "search-it-stream-" + RUN);
    registry.add("news.api-key", () -> API_KEY);
    registry.add("search.alerts.topics.alerts", () -> ALERTS);
    registry.add("search.alerts.topics.retries", () -> "it-stream-retries-" + RUN);
    registry.add("search.alerts.topics.subscriptions", () -> "it-stream-subscriptions-" + RUN);
    registry.add("search.alerts.topics.alerted", () -> "it-stream-alerted-" + RUN);
    registry.add("search.alerts.topics.status", () -> "it-stream-status-" + RUN);
    registry.add("search.alerts.topics.digests", () -> "it-stream-digests-" + RUN);
    registry.add("search.alerts.delivery.group-id", () -> "it-stream-delivery-" + RUN);
  }

  @LocalServerPort int port;

  @BeforeAll
  static void connect() {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(config, new StringSerializer(), new EventSerializer());
    kafka = new KafkaTestSupport();
  }

  @AfterAll
  static void disconnect() {
    producer.close();
    kafka.close();
  }

  @Test
  void streamResumedFromLastEventIdMissesNothingAndRepeatsNothing() throws Exception {
    List<String> seen = new ArrayList<>();
    String lastId;
    try (SseClient first = open(null, "")) {
      first.next("ready", 1, WITHIN);
      raise(0, 6);
      List<SseClient.Event> events = first.next("alert", 3, WITHIN);
      events.forEach(e -> seen.add(alertId(e)));
      lastId = events.get(2).id();
    }
    // Raised while nobody was listening.
    raise(6, 10);

    try (SseClient resumed = open(lastId, "")) {
      resumed.next("ready", 1, WITHIN);
      List<SseClient.Event> rest = resumed.next("alert", 7, WITHIN);
      rest.forEach(e -> seen.add(alertId(e)));
    }

    assertThat(seen).hasSize(10).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(ids(0, 10));
  }

  @Test
  void streamIdsGrowSoAnyOfThemIsAPlaceToResumeFrom() throws Exception {
    try (SseClient stream = open(null, "?from=earliest")) {
      stream.next("ready", 1, WITHIN);
      raise(100, 103);
      List<SseClient.Event> events = stream.next("alert", 3, WITHIN);

      // Resuming from the second id gives the third alert again, and nothing else before it.
      try (SseClient resumed = open(events.get(1).id(), "")) {
        resumed.next("ready", 1, WITHIN);
        SseClient.Event next = resumed.next("alert", 1, WITHIN).get(0);
        assertThat(alertId(next)).isEqualTo(alertId(events.get(2)));
      }
    }
  }

  @Test
  void indexedStoryMatchingASubscriptionAppearsOnItsStream() throws Exception {
    AlertApi api = new AlertApi(port, API_KEY);
    String subscriptionId =
        api.subscribe(
                Map.of(
                    "name", "Stream only",
                    "query", "APT28",
                    "filters", Map.of("source", SOURCE)))
            .get("id")
            .asString();
    try (SseClient stream = open(null, "?subscriptionId=" + subscriptionId)) {
      stream.next("ready", 1, WITHIN);
      String storyId = "it-" + RUN + "-nato";
      kafka.publish(storyId, TestStories.natoCondemnsApt28(storyId, SOURCE, Instant.now()));

      SseClient.Event event = stream.next("alert", 1, WITHIN).get(0);

      AlertRaised alert = EventJson.read(event.data(), AlertRaised.class);
      assertThat(alert.subscriptionId()).isEqualTo(subscriptionId);
      assertThat(alert.story().id()).isEqualTo(storyId);
      assertThat(event.id()).matches("\\d+:\\d+(,\\d+:\\d+)*");
    }
  }

  @Test
  void lastEventIdThatIsNotOneOfOursIsABadRequest() {
    ApiClient.Response answer =
        new AlertApi(port, API_KEY).get("/api/alerts/stream", "Last-Event-ID", "yesterday");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).contains("Last-Event-ID").doesNotContain("Exception");
  }

  private SseClient open(String lastEventId, String query) throws Exception {
    SseClient client =
        new SseClient(
            URI.create("http://127.0.0.1:" + port + "/api/alerts/stream" + query), lastEventId);
    assertThat(client.status()).isEqualTo(200);
    return client;
  }

  /** Alerts number from to (exclusive), for subscriptions spread over the partitions. */
  private static void raise(int from, int to) {
    for (int i = from; i < to; i++) {
      String subscriptionId = "stream-sub-" + RUN + "-" + (i % 5);
      StoryEnriched story =
          TestStories.ordinary(
              "stream-" + RUN + "-" + i, "Story " + i, SOURCE, Instant.now(), Instant.now());
      producer.send(
          new ProducerRecord<>(
              ALERTS,
              subscriptionId,
              new AlertRaised(
                  alertId(i),
                  subscriptionId,
                  "Stream subscription",
                  story,
                  false,
                  Instant.now(),
                  AlertRaised.SCHEMA_VERSION)));
    }
    producer.flush();
  }

  private static String alertId(int i) {
    return "stream-alert-" + RUN + "-" + i;
  }

  private static Set<String> ids(int from, int to) {
    Set<String> ids = new HashSet<>();
    for (int i = from; i < to; i++) {
      ids.add(alertId(i));
    }
    return ids;
  }

  private static String alertId(SseClient.Event event) {
    return EventJson.read(event.data(), AlertRaised.class).alertId();
  }
}
