package io.newsintel.enrich.streaming;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventDeserializer;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.testinfra.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StoryEnrichmentIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private static KafkaConsumer<String, Object> enriched;
  private static KafkaConsumer<String, byte[]> deadLetters;
  private static final List<ConsumerRecord<String, Object>> seenEnriched = new ArrayList<>();
  private static final List<ConsumerRecord<String, byte[]>> seenDeadLetters = new ArrayList<>();

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("spring.kafka.consumer.group-id", () -> "enrich-it-" + RUN);
    registry.add("spring.kafka.producer.transaction-id-prefix", () -> "enrich-it-" + RUN + "-");
    registry.add("news.enrich.retry-interval", () -> "50ms");
  }

  @BeforeAll
  static void consumers() {
    enriched =
        new KafkaConsumer<>(
            consumerProps("it-enriched-" + RUN), new StringDeserializer(), new EventDeserializer());
    enriched.subscribe(List.of(Topics.NEWS_ENRICHED.name()));
    deadLetters =
        new KafkaConsumer<>(
            consumerProps("it-dlt-" + RUN), new StringDeserializer(), new ByteArrayDeserializer());
    deadLetters.subscribe(List.of(Topics.NEWS_RAW.deadLetterName()));
  }

  @AfterAll
  static void close() {
    enriched.close();
    deadLetters.close();
  }

  @Autowired private KafkaHealthIndicator kafkaHealth;

  @Test
  void reportsKafkaHealthWithTheListenerRunning() {
    Health health = kafkaHealth.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("listenerRunning", true).containsKey("clusterId");
  }

  @Test
  void enrichesARawStoryWithApt28UnderTheSameKey() throws Exception {
    String id = "it-apt28-" + RUN;
    send(
        id,
        new EventSerializer()
            .serialize(
                Topics.NEWS_RAW.name(),
                story(
                    id,
                    "NATO condemns Fancy Bear cyber campaign",
                    "Allies blamed APT28 for the hacking of party e-mail servers.",
                    null)));

    ConsumerRecord<String, Object> record =
        await(enriched, seenEnriched, r -> id.equals(r.key()), Duration.ofSeconds(60));

    StoryEnriched story = (StoryEnriched) record.value();
    assertThat(story.id()).isEqualTo(id);
    assertThat(story.tags().actors()).containsExactly("APT28");
    assertThat(story.tags().sponsorStates()).contains("Russia");
    assertThat(story.evidence()).isNotEmpty();
  }

  @Test
  void publishesUntaggedStoriesToo() throws Exception {
    String id = "it-plain-" + RUN;
    send(
        id,
        new EventSerializer()
            .serialize(Topics.NEWS_RAW.name(), story(id, "Bakery wins prize", "Bread.", null)));

    ConsumerRecord<String, Object> record =
        await(enriched, seenEnriched, r -> id.equals(r.key()), Duration.ofSeconds(60));

    assertThat(((StoryEnriched) record.value()).tags().actors()).isEmpty();
  }

  @Test
  void sendsAPoisonRecordToTheDeadLetterTopicWithTheReason() throws Exception {
    String key = "it-poison-" + RUN;
    send(key, "{not an event".getBytes(StandardCharsets.UTF_8));

    ConsumerRecord<String, byte[]> record =
        await(deadLetters, seenDeadLetters, r -> key.equals(r.key()), Duration.ofSeconds(60));

    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not an event");
    assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.NEWS_RAW.name());
    assertThat(header(record, "kafka_dlt-exception-message")).isNotBlank();
    assertThat(header(record, KafkaTopology.REASON_HEADER))
        .startsWith("not a valid StoryIngested event");
    assertThat(header(record, "kafka_dlt-original-offset")).isNotNull();
  }

  @Test
  void deadLettersAStoryWithoutIdAndPublishesNothingForIt() throws Exception {
    String key = "it-no-id-" + RUN;
    send(
        key,
        "{\"title\":\"APT28 hackers\",\"summary\":\"no id\"}".getBytes(StandardCharsets.UTF_8));

    ConsumerRecord<String, byte[]> dead =
        await(deadLetters, seenDeadLetters, r -> key.equals(r.key()), Duration.ofSeconds(60));
    assertThat(header(dead, KafkaTopology.REASON_HEADER)).contains("no id");

    // A later story with the same key (same partition) is enriched, so the one without id was
    // passed over for good, and its aborted transaction left nothing on news.enriched.
    String after = key + "-after";
    send(
        key,
        new EventSerializer().serialize(Topics.NEWS_RAW.name(), story(after, "Fine", "Ok.", null)));
    await(
        enriched,
        seenEnriched,
        r -> after.equals(((StoryEnriched) r.value()).id()),
        Duration.ofSeconds(60));
    assertThat(seenEnriched).noneMatch(r -> ((StoryEnriched) r.value()).id() == null);
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    if (header == null) {
      return null;
    }
    if (name.endsWith("offset")) {
      return Long.toString(java.nio.ByteBuffer.wrap(header.value()).getLong());
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void send(String key, byte[] value) throws Exception {
    Map<String, Object> props =
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.NEWS_RAW.name(), key, value)).get();
    }
  }

  private static Map<String, Object> consumerProps(String group) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        TestInfrastructure.kafkaBootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG,
        group,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed");
  }

  /** Polls until a record matching the condition arrives; records seen stay for later tests. */
  private static synchronized <V> ConsumerRecord<String, V> await(
      KafkaConsumer<String, V> consumer,
      List<ConsumerRecord<String, V>> seen,
      java.util.function.Predicate<ConsumerRecord<String, V>> condition,
      Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, V> record : seen) {
        if (condition.test(record)) {
          return record;
        }
      }
      consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
    }
    throw new AssertionError("no matching record within " + timeout);
  }
}
