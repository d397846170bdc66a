package io.newsintel.search.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.AlertApi;
import io.newsintel.search.alert.WebhookReceiver;
import io.newsintel.search.alert.subscription.DigestMode;
import io.newsintel.search.alert.subscription.PayloadFormat;
import io.newsintel.search.alert.subscription.Subscription;
import io.newsintel.testinfra.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Latency from indexing to webhook with 10,000 subscriptions loaded: stories published to {@code
 * news.enriched} at a steady rate, each matching one webhook subscription; prints p50/p99 of "alert
 * raised (right after Elasticsearch acknowledged the story) to webhook received" and of "published
 * to news.enriched to webhook received". Asserts only that every alert arrived.
 *
 * <pre>
 * ./mvnw -pl search-service verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=AlertLatencyBenchmark [-Dbenchmark.stories=300 -Dbenchmark.rate=20]
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AlertLatencyBenchmark {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String SOURCE = "Latency benchmark " + RUN;
  private static final String SUBSCRIPTIONS = "bench-subscriptions-" + RUN;
  private static final String API_KEY = "bench-key";
  private static final int WARM_UP = 40;

  private static WebhookReceiver receiver;
  private static KafkaTestSupport kafka;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> "stories-bench-" + RUN);
    registry.add("spring.kafka.consumer.group-id", () -> "search-bench-" + RUN);
    registry.add("news.api-key", () -> API_KEY);
    registry.add("search.alerts.topics.alerts", () -> "bench-alerts-" + RUN);
    registry.add("search.alerts.topics.retries", () -> "bench-retries-" + RUN);
    registry.add("search.alerts.topics.subscriptions", () -> SUBSCRIPTIONS);
    registry.add("search.alerts.topics.alerted", () -> "bench-alerted-" + RUN);
    registry.add("search.alerts.topics.status", () -> "bench-status-" + RUN);
    registry.add("search.alerts.topics.digests", () -> "bench-digests-" + RUN);
    registry.add("search.alerts.delivery.group-id", () -> "bench-delivery-" + RUN);
    registry.add("search.alerts.subscriptions.allow-private-addresses", () -> "true");
  }

  @LocalServerPort int port;

  /** 10,000 stream-only subscriptions, in the topic before the service reads it at start-up. */
  @BeforeAll
  static void load() throws Exception {
    receiver = new WebhookReceiver();
    kafka = new KafkaTestSupport();
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      // None of them matches the benchmark's story but every 500th: 20 more alerts per story.
      String[] words = {"APT28", "Sandworm", "Lazarus", "Turla", "APT41", "Kimsuky", "ransomware"};
      String[] targets = {"France", "Japan", "Taiwan", "Brazil", "Canada", "India"};
      for (int i = 0; i < 10_000; i++) {
        String query =
            i % 500 == 0
                ? "APT28 Germany"
                : words[i % words.length] + " " + targets[(i / 7) % targets.length];
        Subscription s =
            new Subscription(
                "bench-" + i,
                "Background " + i,
                query,
                Map.of(),
                null,
                null,
                false,
                PayloadFormat.JSON,
                DigestMode.NONE,
                0,
                Instant.now(),
                Subscription.SCHEMA_VERSION);
        producer.send(new ProducerRecord<>(SUBSCRIPTIONS, s.id(), EventJson.writeBytes(s)));
      }
    }
  }

  @AfterAll
  static void stop() {
    receiver.close();
    kafka.close();
  }

  @Test
  void measuresDelayFromIndexingToWebhook() throws Exception {
    int stories = Integer.getInteger("benchmark.stories", 300);
    int rate = Integer.getInteger("benchmark.rate", 20);
    new AlertApi(port, API_KEY)
        .subscribe(
            Map.of(
                "name",
                "Latency",
                "query",
                "APT28 NATO",
                "filters",
                Map.of("source", SOURCE),
                "webhookUrl",
                receiver.url("/latency"),
                "rateLimit",
                0));
    Map<String, Instant> published = new ConcurrentHashMap<>();
    long interval = 1_000_000_000L / rate;
    long next = System.nanoTime();
    for (int i = 0; i < stories; i++) {
      while (System.nanoTime() < next) {
        Thread.onSpinWait();
      }
      next += interval;
      String id = "bench-" + RUN + "-" + i;
      published.put(id, Instant.now());
      kafka.publish(id, TestStories.natoCondemnsApt28(id, SOURCE, Instant.now()));
    }
    await()
        .atMost(Duration.ofMinutes(2))
        .until(() -> receiver.received("/latency").size() >= stories);

    List<Long> sinceRaised = new ArrayList<>();
    List<Long> sincePublished = new ArrayList<>();
    for (WebhookReceiver.Received call : receiver.received("/latency")) {
      var body = EventJson.mapper().readTree(call.body());
      int number = Integer.parseInt(body.at("/story/id").asString().replaceAll(".*-", ""));
      if (number < WARM_UP) {
        continue; // the first seconds measure JIT compilation and connection set-up
      }
      Instant raised = Instant.parse(body.get("raisedAt").asString());
      sinceRaised.add(Duration.between(raised, call.at()).toMillis());
      Instant sent = published.get(body.at("/story/id").asString());
      sincePublished.add(Duration.between(sent, call.at()).toMillis());
    }
    System.out.printf(
        Locale.ROOT,
        "%nAlert latency: %d stories at %d/s (the first %d not counted), 10,001 subscriptions"
            + " (21 matching each story), load average %.1f%n"
            + "  alert raised (after indexing) to webhook: p50 %d ms, p99 %d ms, max %d ms%n"
            + "  published to news.enriched to webhook:    p50 %d ms, p99 %d ms, max %d ms%n%n",
        stories,
        rate,
        WARM_UP,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        percentile(sinceRaised, 50),
        percentile(sinceRaised, 99),
        Collections.max(sinceRaised),
        percentile(sincePublished, 50),
        percentile(sincePublished, 99),
        Collections.max(sincePublished));
    printTimers();
    assertThat(receiver.received("/latency")).hasSize(stories);
  }

  /** Where the time went, from the service's own timers: count, mean and max of each. */
  private void printTimers() {
    String metrics = new AlertApi(port, API_KEY).get("/actuator/prometheus").body();
    for (String timer :
        List.of(
            "search_indexing_bulk_latency_seconds",
            "search_alerts_matching_latency_seconds",
            "search_alerts_webhook_latency_seconds",
            "search_alerts_delivery_delay_seconds")) {
      double count = value(metrics, timer + "_count");
      double sum = value(metrics, timer + "_sum");
      double max = value(metrics, timer + "_max");
      System.out.printf(
          Locale.ROOT,
          "  %-40s count %6.0f  mean %7.1f ms  max %7.1f ms%n",
          timer,
          count,
          count == 0 ? 0 : 1000 * sum / count,
          1000 * max);
    }
  }

  private static double value(String metrics, String name) {
    for (String line : metrics.split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }

  private static long percentile(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
