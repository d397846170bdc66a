package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.infra.InfraDistribution;
import io.newsintel.infra.InfraSettings;
import io.newsintel.infra.LocalKafka;
import io.newsintel.search.ElasticsearchTestClient;
import io.newsintel.search.SearchApplication;
import io.newsintel.search.TcpProxy;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.AlertApi;
import io.newsintel.testinfra.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Kafka goes away while an indexed batch is raising its alerts, for longer than the error handler's
 * ordinary retry budget: the batch is held, not dead-lettered, and once Kafka is back every story
 * is indexed and every alert raised exactly once.
 *
 * <p>The broker is this test's own (a real local Kafka it can kill and start again on the same
 * port); Elasticsearch is reached through a proxy that holds the batch's bulk request while Kafka
 * is killed, so that the first failure of the batch is its alerts, as when Kafka fails between
 * indexing and alerting.
 */
class AlertPublishingOutageIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-alert-outage-" + RUN;
  private static final String GROUP = "search-it-alert-outage-" + RUN;
  private static final String SOURCE = "Alert outage IT " + RUN;
  private static final String API_KEY = "alert-outage-it-key";

  /**
   * How long Kafka stays down before it is started again (which takes another 10 to 30 s here):
   * past the four attempts (~15 s) after which the old error handler dead-lettered the batch, and
   * short enough that Kafka is back while that dead-letter publication still waits for it (up to 60
   * s), which is how the old handler lost the batch to the dead-letter topic.
   */
  private static final Duration OUTAGE = Duration.ofSeconds(20);

  private static LocalKafka kafka;
  private static TcpProxy proxy;
  private static ElasticsearchClient elasticsearch;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("alert-outage-it-");
    kafka =
        LocalKafka.start(
            InfraDistribution.fromBuild(),
            InfraSettings.forTests(System.getenv()),
            dir,
            message -> {});
    proxy = new TcpProxy(TestInfrastructure.elasticsearchUrl());
    elasticsearch = ElasticsearchTestClient.create();
  }

  @AfterAll
  static void stop() throws Exception {
    kafka.close();
    proxy.close();
  }

  @Test
  void batchWhoseAlertsKafkaCannotTakeIsHeldUntilKafkaIsBackThenIndexedAndAlertedOnce()
      throws Exception {
    try (ConfigurableApplicationContext service = service()) {
      int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
      AlertApi api = new AlertApi(port, API_KEY);
      Map<String, Object> subscription = new LinkedHashMap<>();
      subscription.put("name", "APT28 in " + SOURCE);
      subscription.put("query", "APT28");
      subscription.put("filters", Map.of("source", SOURCE));
      String subscriptionId = api.subscribe(subscription).get("id").asString();
      // Matching reads subscriptions back from their topic: wait until this instance holds it.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> api.get("/api/subscriptions/" + subscriptionId).status() == 200);

      List<StoryEnriched> stories = new ArrayList<>();
      List<String> matching = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String id = id("apt28-" + i);
        matching.add(id);
        stories.add(TestStories.natoCondemnsApt28(id, SOURCE, Instant.now()));
      }
      for (int i = 0; i < 2; i++) {
        String other = id("ordinary-" + i);
        stories.add(
            TestStories.ordinary(
                other, "Tram line extended " + i, SOURCE, Instant.now(), Instant.now()));
      }

      // Elasticsearch answers late: the listener's bulk requests wait in the proxy...
      proxy.hold();
      publish(stories);
      await().atMost(Duration.ofSeconds(60)).until(() -> proxy.holding() > 0);
      // ... Kafka goes down, and then Elasticsearch answers: the batch is indexed and the first
      // thing that fails is its alerts (what was not fetched yet waits in Kafka).
      kafka.kill();
      proxy.release();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> ElasticsearchTestClient.count(elasticsearch, ALIAS, SOURCE) > 0);
      await()
          .pollDelay(OUTAGE)
          .atMost(OUTAGE.plusSeconds(10))
          .until(() -> ElasticsearchTestClient.count(elasticsearch, ALIAS, SOURCE) > 0);
      kafka.start();

      List<String> keys = stories.stream().map(StoryEnriched::id).toList();
      await().atMost(Duration.ofSeconds(120)).until(() -> consumedToTheEnd(GROUP));
      assertThat(ElasticsearchTestClient.count(elasticsearch, ALIAS, SOURCE))
          .isEqualTo(stories.size());
      assertThat(read(Topics.NEWS_ENRICHED.deadLetterName(), keys)).isEmpty();
      // Read-committed readers see the alerts once the transactions left open by the attempts
      // during the outage have timed out.
      List<String> alerted =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> alerted(subscriptionId), a -> a.size() >= matching.size());
      assertThat(alerted).containsExactlyInAnyOrderElementsOf(matching);
    }
  }

  private static List<String> alerted(String subscriptionId) {
    return read("news.alerts", null).stream()
        .map(r -> EventJson.read(r.value(), AlertRaised.class))
        .filter(a -> a.subscriptionId().equals(subscriptionId))
        .map(a -> a.story().id())
        .toList();
  }

  private static ConfigurableApplicationContext service() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    settings.put("search.elasticsearch.url", proxy.url());
    settings.put("search.elasticsearch.socket-timeout", "10s");
    settings.put("search.indexing.bulk-timeout", "15s");
    settings.put("search.indexing.outage-retry-max-interval", "2s");
    settings.put("search.index.alias", ALIAS);
    settings.put("spring.kafka.consumer.group-id", GROUP);
    settings.put("news.api-key", API_KEY);
    settings.put("search.alerts.matching.publish-timeout", "2s");
    // Transactions that failing attempts leave open hold read-committed readers back this long.
    settings.put("search.alerts.matching.transaction-timeout", "5s");
    String[] args =
        settings.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(SearchApplication.class).run(args);
  }

  private static void publish(List<StoryEnriched> stories) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, Object> producer =
        new KafkaProducer<>(config, new StringSerializer(), new EventSerializer())) {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      for (StoryEnriched story : stories) {
        sent.add(
            producer.send(new ProducerRecord<>(Topics.NEWS_ENRICHED.name(), story.id(), story)));
      }
      for (var future : sent) {
        future.get();
      }
    }
  }

  private static boolean consumedToTheEnd(String group) throws Exception {
    try (AdminClient admin = AdminClient.create(adminConfig())) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      List<TopicPartition> partitions =
          admin
              .describeTopics(List.of(Topics.NEWS_ENRICHED.name()))
              .allTopicNames()
              .get()
              .get(Topics.NEWS_ENRICHED.name())
              .partitions()
              .stream()
              .map(p -> new TopicPartition(Topics.NEWS_ENRICHED.name(), p.partition()))
              .toList();
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get();
      return partitions.stream()
          .allMatch(
              p -> committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
    } catch (java.util.concurrent.ExecutionException e) {
      return false; // the broker is still starting
    }
  }

  private static Map<String, Object> adminConfig() {
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        kafka.bootstrapServers(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
        5_000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
        10_000);
  }

  /** The committed records of a topic, all of them or those with one of these keys. */
  private static List<ConsumerRecord<String, byte[]>> read(String topic, List<String> keys) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (keys == null || keys.contains(record.key())) {
            found.add(record);
          }
        }
      }
      return found;
    }
  }

  private static String id(String name) {
    return "it-" + RUN + "-" + name;
  }
}
