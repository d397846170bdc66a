package io.newsintel.search.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.testinfra.ExportedMetrics;
import io.newsintel.testinfra.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/pipeline}, the lag gauge, health and the Prometheus scrape of a running service, on
 * real Kafka and Elasticsearch. The raw topic is this test's own, so its offsets and lag are known
 * exactly; ingest-service is not running, which the answer must say without failing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PipelineMonitoringIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-pipeline-" + RUN;
  private static final String GROUP = "search-it-pipeline-" + RUN;
  private static final String RAW_TOPIC = "pipeline-it-raw-" + RUN;
  private static final String READER_GROUP = "pipeline-it-reader-" + RUN;
  private static final Duration WITHIN = Duration.ofSeconds(60);
  private static final int DEAD_INGEST_PORT = freePort();

  private static KafkaTestSupport kafka;
  private static Admin admin;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> ALIAS);
    registry.add("spring.kafka.consumer.group-id", () -> GROUP);
    registry.add("search.pipeline.raw-topic", () -> RAW_TOPIC);
    registry.add("search.pipeline.topics", () -> RAW_TOPIC + ",news.enriched");
    registry.add("search.pipeline.sample-interval", () -> "1s");
    registry.add("search.ingest.base-url", () -> "http://127.0.0.1:" + DEAD_INGEST_PORT);
    registry.add("search.ingest.timeout", () -> "2s");
  }

  @LocalServerPort int port;

  @BeforeAll
  static void connect() throws Exception {
    kafka = new KafkaTestSupport();
    admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()));
    admin.createTopics(List.of(new NewTopic(RAW_TOPIC, 2, (short) 1))).all().get();
  }

  @AfterAll
  static void disconnect() throws Exception {
    kafka.close();
    admin.deleteTopics(List.of(RAW_TOPIC)).all().get();
    admin.close();
  }

  @Test
  void lagAndIngestRateComeFromTheTopicsRealOffsets() throws Exception {
    ApiClient api = new ApiClient(port);
    // A sample from before the records exist, so the window sees them arrive.
    await().atMost(WITHIN).until(() -> endOffset(api.getJson("/api/pipeline"), RAW_TOPIC) == 0);

    produce(0, 6);
    produce(1, 4);
    commit(READER_GROUP, Map.of(0, 2L, 1, 4L));

    JsonNode view =
        await()
            .atMost(WITHIN)
            .until(
                () -> api.getJson("/api/pipeline"),
                v -> endOffset(v, RAW_TOPIC) == 10 && lag(v, READER_GROUP, RAW_TOPIC) != null);

    assertThat(lag(view, READER_GROUP, RAW_TOPIC)).isEqualTo(4);
    // Ten records over a window of at least one sample interval (1 s here).
    double ingest = view.at("/rates/ingestPerSec").asDouble();
    assertThat(ingest).isGreaterThan(0).isLessThanOrEqualTo(10.0);
    assertThat(view.get("generatedAt").asString()).isNotBlank();

    await()
        .atMost(WITHIN)
        .untilAsserted(
            () ->
                assertThat(api.get("/actuator/prometheus").body())
                    .contains(
                        "news_consumer_lag{group=\""
                            + READER_GROUP
                            + "\",topic=\""
                            + RAW_TOPIC
                            + "\"} 4.0")
                    .contains("news_topic_end_offset{topic=\"" + RAW_TOPIC + "\"} 10.0"));
  }

  @Test
  void indexedStoriesShowAsIndexingAndTaggingRatesAndTheirMetrics() {
    ApiClient api = new ApiClient(port);
    await()
        .atMost(WITHIN)
        .until(() -> endOffset(api.getJson("/api/pipeline"), "news.enriched") >= 0);
    String id = "pipeline-it-" + RUN;
    kafka.publish(id, TestStories.natoCondemnsApt28(id, "Pipeline IT " + RUN, Instant.now()));

    JsonNode view =
        await()
            .atMost(WITHIN)
            .until(
                () -> api.getJson("/api/pipeline"),
                v ->
                    v.at("/rates/indexingPerSec").asDouble() > 0
                        && v.at("/rates/taggingPerSec").asDouble() > 0
                        && lag(v, GROUP, "news.enriched") != null);

    assertThat(lag(view, GROUP, "news.enriched")).isNotNegative();
    String scrape = api.get("/actuator/prometheus").body();
    assertThat(scrape)
        .contains("search_indexing_stories_total{outcome=\"indexed\"}")
        .contains("search_indexing_bulk_latency_seconds_bucket")
        .contains("news_consumer_lag{group=\"" + GROUP + "\",topic=\"news.enriched\"}")
        .contains("search_alerts_deliveries_total");
    assertThat(ExportedMetrics.missingFrom("search-service", scrape)).isEmpty();
  }

  @Test
  void unreachableIngestServiceLeavesFeedsEmptyAndSaysWhy() {
    ApiClient.Response response = new ApiClient(port).get("/api/pipeline");

    assertThat(response.status()).isEqualTo(200);
    JsonNode view = response.json();
    assertThat(view.get("feeds").isNull()).isTrue();
    assertThat(view.get("errors").toString())
        .contains("ingest-service at http://127.0.0.1:" + DEAD_INGEST_PORT + " did not answer");
  }

  @Test
  void healthAndReadinessShowKafkaAndElasticsearch() {
    ApiClient api = new ApiClient(port);
    ApiClient.Response health = api.get("/actuator/health");
    ApiClient.Response readiness = api.get("/actuator/health/readiness");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("UP");
    assertThat(health.json().at("/components/elasticsearch/status").asString()).isEqualTo("UP");
    assertThat(readiness.status()).isEqualTo(200);
    assertThat(readiness.json().at("/components/kafka/status").asString()).isEqualTo("UP");
    assertThat(readiness.json().at("/components/elasticsearch/status").asString()).isEqualTo("UP");
    assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
  }

  @Test
  void exposesOnlyHealthInfoAndPrometheus() {
    ApiClient api = new ApiClient(port);

    assertThat(api.get("/actuator/info").status()).isEqualTo(200);
    assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);
    for (String hidden : List.of("env", "beans", "metrics", "configprops", "loggers", "heapdump")) {
      assertThat(api.get("/actuator/" + hidden).status()).as(hidden).isEqualTo(404);
    }
  }

  private static long endOffset(JsonNode view, String topic) {
    for (JsonNode end : view.get("topics")) {
      if (end.get("topic").asString().equals(topic)) {
        return end.get("endOffset").asLong();
      }
    }
    return -1;
  }

  private static Long lag(JsonNode view, String group, String topic) {
    for (JsonNode lag : view.get("consumerGroups")) {
      if (lag.get("group").asString().equals(group) && lag.get("topic").asString().equals(topic)) {
        return lag.get("lag").asLong();
      }
    }
    return null;
  }

  private static void produce(int partition, int count) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      for (int i = 0; i < count; i++) {
        producer.send(new ProducerRecord<>(RAW_TOPIC, partition, "k" + i, "{}")).get();
      }
    }
  }

  /** Commits as a consumer of the group would, so the broker holds these offsets for it. */
  private static void commit(String group, Map<Integer, Long> offsets) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      Map<TopicPartition, OffsetAndMetadata> commit = new java.util.HashMap<>();
      offsets.forEach(
          (partition, offset) ->
              commit.put(new TopicPartition(RAW_TOPIC, partition), new OffsetAndMetadata(offset)));
      consumer.assign(commit.keySet());
      consumer.commitSync(commit);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
