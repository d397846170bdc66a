package io.newsintel.search.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.SearchApplication;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.AlertApi;
import io.newsintel.search.alert.TopicReader;
import io.newsintel.search.alert.WebhookReceiver;
import io.newsintel.testinfra.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Restarts search-service (a second Spring context on the same topics) and replays all of {@code
 * news.enriched} into it: subscriptions come back from their topic, nothing is alerted twice, and
 * only a newer revision of an alerted story is alerted again, as an update, to the subscription
 * that asked for updates.
 */
class AlertRestartIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String SOURCE = "Alert restart IT " + RUN;
  private static final String API_KEY = "restart-it-key";
  private static final String ALERTS = "it-restart-alerts-" + RUN;
  private static final Duration WITHIN = Duration.ofSeconds(60);

  private static KafkaTestSupport kafka;
  private static WebhookReceiver receiver;

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
  void restartedServiceReplayingEveryStoryAlertsNothingTwiceAndSendsUpdatesOnlyWhenAsked()
      throws Exception {
    String first = id("first");
    String second = id("second");
    Instant firstRevision = Instant.now();
    String withUpdates;
    String withoutUpdates;
    try (ConfigurableApplicationContext service = start("before")) {
      AlertApi api = api(service);
      withUpdates = subscribe(api, "/updates", true);
      withoutUpdates = subscribe(api, "/no-updates", false);
      kafka.publish(first, TestStories.natoCondemnsApt28(first, SOURCE, firstRevision));

      await().atMost(WITHIN).until(() -> received("/updates", first) == 1);
      await().atMost(WITHIN).until(() -> received("/no-updates", first) == 1);
    }

    // A new consumer group: the restarted service reads news.enriched from the beginning again.
    try (ConfigurableApplicationContext service = start("after")) {
      AlertApi api = api(service);
      assertThat(api.subscription(withUpdates).get("name").asString()).isEqualTo("IT /updates");
      RecordMetadata replayedUpTo =
          kafka.publish(second, TestStories.natoCondemnsApt28(second, SOURCE, Instant.now()));
      await().atMost(WITHIN).until(() -> received("/updates", second) == 1);
      await().atMost(WITHIN).until(() -> received("/no-updates", second) == 1);
      await().atMost(WITHIN).until(() -> replayedPast("after", replayedUpTo));

      // A newer revision of the first story.
      StoryEnriched changed =
          TestStories.natoCondemnsApt28(first, SOURCE, firstRevision.plusSeconds(60));
      kafka.publish(first, changed);
      await().atMost(WITHIN).until(() -> received("/updates", first) == 2);
      await()
          .atMost(WITHIN)
          .until(() -> api.subscription(withoutUpdates).at("/status/delivered").asLong() == 2);
    }

    List<AlertRaised> alerts =
        TopicReader.read(ALERTS, r -> true).stream()
            .map(r -> EventJson.read(r.value(), AlertRaised.class))
            .filter(a -> a.story().id().startsWith("it-" + RUN))
            .toList();
    assertThat(alerts)
        .extracting(a -> a.subscriptionId() + " " + a.story().id() + " " + a.update())
        .containsExactlyInAnyOrder(
            withUpdates + " " + first + " false",
            withoutUpdates + " " + first + " false",
            withUpdates + " " + second + " false",
            withoutUpdates + " " + second + " false",
            withUpdates + " " + first + " true");
    assertThat(receiver.received("/no-updates")).hasSize(2);
    JsonNode update =
        EventJson.mapper()
            .readTree(
                receiver.received("/updates").get(receiver.received("/updates").size() - 1).body());
    assertThat(update.get("update").asBoolean()).isTrue();
  }

  /** Command-line arguments, which win over application.yml (builder properties would not). */
  private ConfigurableApplicationContext start(String indexingGroup) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
    settings.put("search.elasticsearch.url", TestInfrastructure.elasticsearchUrl());
    settings.put("search.index.alias", "stories-it-restart-" + RUN);
    settings.put(
        "spring.kafka.consumer.group-id", "search-it-restart-" + RUN + "-" + indexingGroup);
    settings.put("news.api-key", API_KEY);
    settings.put("search.alerts.topics.alerts", ALERTS);
    settings.put("search.alerts.topics.retries", "it-restart-retries-" + RUN);
    settings.put("search.alerts.topics.subscriptions", "it-restart-subscriptions-" + RUN);
    settings.put("search.alerts.topics.alerted", "it-restart-alerted-" + RUN);
    settings.put("search.alerts.topics.status", "it-restart-status-" + RUN);
    settings.put("search.alerts.topics.digests", "it-restart-digests-" + RUN);
    settings.put("search.alerts.delivery.group-id", "it-restart-delivery-" + RUN);
    settings.put("search.alerts.subscriptions.allow-private-addresses", "true");
    String[] args =
        settings.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(SearchApplication.class).run(args);
  }

  private static AlertApi api(ConfigurableApplicationContext service) {
    int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    return new AlertApi(port, API_KEY);
  }

  private static String subscribe(AlertApi api, String path, boolean updates) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "IT " + path);
    body.put("query", "APT28 NATO");
    body.put("filters", Map.of("source", SOURCE));
    body.put("webhookUrl", receiver.url(path));
    body.put("updates", updates);
    return api.subscribe(body).get("id").asString();
  }

  private static long received(String path, String storyId) {
    return receiver.received(path).stream()
        .filter(
            r -> EventJson.mapper().readTree(r.body()).at("/story/id").asString().equals(storyId))
        .count();
  }

  /** Whether the group has indexed (and so matched) all of news.enriched up to this record. */
  private static boolean replayedPast(String group, RecordMetadata last) {
    String groupId = "search-it-restart-" + RUN + "-" + group;
    Map<Integer, Long> committed = kafka.committed(groupId);
    Map<Integer, Long> end = kafka.endOffsets();
    // Everything published so far, the first story included, has been consumed again.
    return kafka.committedPast(groupId, last)
        && end.entrySet().stream()
            .allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
  }

  private static String id(String name) {
    return "it-" + RUN + "-" + name;
  }
}
