package io.newsintel.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.Topics;
import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Enriched events in through real Kafka, searchable out of real Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StoryIndexingIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-indexing-" + RUN;
  private static final String GROUP = "search-it-indexing-" + RUN;
  private static final String SOURCE = "Indexing IT " + RUN;
  private static final Duration WITHIN = Duration.ofSeconds(30);

  private static KafkaTestSupport kafka;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> ALIAS);
    registry.add("spring.kafka.consumer.group-id", () -> GROUP);
  }

  @LocalServerPort int port;
  @Autowired ElasticsearchClient elasticsearch;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @BeforeAll
  static void connect() {
    kafka = new KafkaTestSupport();
  }

  @AfterAll
  static void disconnect() {
    kafka.close();
  }

  @Test
  void enrichedStoryBecomesSearchableWithItsTagsAndHighlights() {
    String id = id("nato");
    kafka.publish(id, TestStories.natoCondemnsApt28(id, SOURCE, Instant.now()));
    String other = id("council");
    kafka.publish(
        other,
        TestStories.ordinary(other, "City council budget", SOURCE, Instant.now(), Instant.now()));
    ApiClient api = new ApiClient(port);

    JsonNode page =
        await()
            .atMost(WITHIN)
            .until(
                () -> api.getJson("/api/stories?q=APT28+Germany&source=" + encode(SOURCE)),
                p -> p.get("total").asLong() == 1);

    JsonNode item = page.get("items").get(0);
    assertThat(item.get("id").asString()).isEqualTo(id);
    assertThat(item.get("url").asString()).isEqualTo("https://news.example.org/" + id);
    assertThat(item.at("/source/name").asString()).isEqualTo(SOURCE);
    assertThat(item.get("published").asString()).isEqualTo("2026-05-03T09:15:00Z");
    assertThat(item.at("/tags/actors").toString()).contains("APT28");
    assertThat(item.at("/highlight/title/0").asString()).contains("<em>APT28</em>");
    assertThat(page.at("/facets/actors/0/value").asString()).isEqualTo("APT28");
    assertThat(page.at("/facets/actors/0/count").asLong()).isEqualTo(1);
    assertThat(page.get("nextCursor").isNull()).isTrue();

    JsonNode story = api.getJson("/api/stories/" + id);
    assertThat(story.at("/tags/sponsorStates/0").asString()).isEqualTo("Russia");
    assertThat(story.at("/evidence/0/text").asString()).isEqualTo("APT28");
    assertThat(story.get("content").asString()).contains("GRU unit 26165");
  }

  @Test
  void sameEventTwiceIsOneDocumentAtItsRevision() throws Exception {
    String id = id("twice");
    StoryEnriched story =
        TestStories.ordinary(
            id, "Harbour reopens after storm", SOURCE, Instant.now(), Instant.now());
    kafka.publish(id, story);
    RecordMetadata second = kafka.publish(id, story);

    await().atMost(WITHIN).until(() -> kafka.committedPast(GROUP, second));

    ApiClient api = new ApiClient(port);
    String search = "/api/stories?q=%22Harbour+reopens%22&source=" + encode(SOURCE);
    await().atMost(WITHIN).until(() -> api.getJson(search).get("total").asLong() >= 1);
    assertThat(api.getJson(search).get("total").asLong()).isEqualTo(1);
    GetResponse<StoryEnriched> stored =
        elasticsearch.get(g -> g.index(ALIAS).id(id), StoryEnriched.class);
    assertThat(stored.version()).isEqualTo(story.revision());
  }

  @Test
  void olderRevisionArrivingLaterDoesNotOverwriteTheNewer() throws Exception {
    String id = id("revisions");
    Instant earlier = Instant.parse("2026-05-03T10:00:00Z");
    Instant later = earlier.plusSeconds(600);
    kafka.publish(id, TestStories.ordinary(id, "Ferry timetable updated", SOURCE, earlier, later));
    RecordMetadata stale =
        kafka.publish(
            id, TestStories.ordinary(id, "Ferry timetable draft", SOURCE, earlier, earlier));

    await().atMost(WITHIN).until(() -> kafka.committedPast(GROUP, stale));

    GetResponse<StoryEnriched> stored =
        elasticsearch.get(g -> g.index(ALIAS).id(id), StoryEnriched.class);
    assertThat(stored.source().title()).isEqualTo("Ferry timetable updated");
    assertThat(stored.version()).isEqualTo(later.toEpochMilli());
  }

  @Test
  void replayingThePartitionsChangesNeitherTheCountNorTheVersions() throws Exception {
    List<StoryEnriched> stories = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = id("replay-" + i);
      stories.add(
          TestStories.ordinary(
              id, "Replayed market report " + i, SOURCE, Instant.now(), Instant.now()));
    }
    List<RecordMetadata> sent = kafka.publishAll(stories);
    await().atMost(WITHIN).until(() -> sent.stream().allMatch(r -> kafka.committedPast(GROUP, r)));
    String search = "/api/stories?q=%22Replayed+market%22&size=1&source=" + encode(SOURCE);
    ApiClient api = new ApiClient(port);
    await().atMost(WITHIN).until(() -> api.getJson(search).get("total").asLong() == 5);
    Map<Integer, Long> end = kafka.endOffsets();

    MessageListenerContainer container =
        listeners.getListenerContainer(EnrichedStoryListener.LISTENER_ID);
    container.stop();
    kafka.rewind(GROUP);
    container.start();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              Map<Integer, Long> committed = kafka.committed(GROUP);
              return end.entrySet().stream()
                  .allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue());
            });

    assertThat(api.getJson(search).get("total").asLong()).isEqualTo(5);
    for (StoryEnriched story : stories) {
      GetResponse<StoryEnriched> stored =
          elasticsearch.get(g -> g.index(ALIAS).id(story.id()), StoryEnriched.class);
      assertThat(stored.version()).isEqualTo(story.revision());
    }
  }

  @Test
  void recordThatIsNotAStoryGoesToTheDeadLetterTopicAndIndexingGoesOn() {
    String poison = id("poison");
    kafka.publishRaw(poison, "{not json at all".getBytes(StandardCharsets.UTF_8));
    String after = id("after-poison");
    kafka.publish(
        after,
        TestStories.ordinary(
            after, "Bridge repairs finished", SOURCE, Instant.now(), Instant.now()));
    ApiClient api = new ApiClient(port);

    await().atMost(WITHIN).until(() -> api.get("/api/stories/" + after).status() == 200);
    List<ConsumerRecord<String, byte[]>> dead =
        await()
            .atMost(WITHIN)
            .until(() -> KafkaTestSupport.deadLetters(List.of(poison)), d -> !d.isEmpty());

    ConsumerRecord<String, byte[]> record = dead.get(0);
    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not json at all");
    assertThat(KafkaTestSupport.header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC))
        .isEqualTo(Topics.NEWS_ENRICHED.name());
    assertThat(KafkaTestSupport.header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
        .isEqualTo("failed to deserialize");
    assertThat(KafkaTestSupport.header(record, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
        .contains("not a valid StoryEnriched event");
    // Spring's message says only "failed to deserialize": the precise cause has its own header.
    assertThat(KafkaTestSupport.header(record, "news_dlt-reason"))
        .startsWith("not a valid StoryEnriched event: ")
        .hasSizeGreaterThan("not a valid StoryEnriched event: ".length());
  }

  @Test
  void storyWithoutAnIdGoesToTheDeadLetterTopicSayingSo() {
    String key = id("no-id");
    StoryEnriched story =
        TestStories.ordinary("", "Anonymous story", SOURCE, Instant.now(), Instant.now());
    RecordMetadata sent = kafka.publish(key, story);

    List<ConsumerRecord<String, byte[]>> dead =
        await()
            .atMost(WITHIN)
            .until(() -> KafkaTestSupport.deadLetters(List.of(key)), d -> !d.isEmpty());

    assertThat(KafkaTestSupport.header(dead.get(0), "news_dlt-reason"))
        .isEqualTo("not a valid StoryEnriched event: it has no id");
    await().atMost(WITHIN).until(() -> kafka.committedPast(GROUP, sent));
  }

  @Test
  void storyElasticsearchRefusesGoesToTheDeadLetterTopicWithItsReason() {
    String refused = id("immense");
    // A keyword longer than Lucene's 32766-byte term limit: a mapping error, not an outage.
    StoryEnriched story =
        TestStories.story(
            refused,
            "Unusual actor name",
            "s",
            "c",
            SOURCE,
            Instant.now(),
            Instant.now(),
            TestStories.actor("X".repeat(40_000), "Nowhere", "Nobody"),
            List.of());
    RecordMetadata sent = kafka.publish(refused, story);

    List<ConsumerRecord<String, byte[]>> dead =
        await()
            .atMost(WITHIN)
            .until(() -> KafkaTestSupport.deadLetters(List.of(refused)), d -> !d.isEmpty());

    assertThat(KafkaTestSupport.header(dead.get(0), KafkaHeaders.DLT_EXCEPTION_MESSAGE))
        .contains("Elasticsearch rejected the story")
        .contains("document_parsing_exception")
        .contains("immense term");
    assertThat(KafkaTestSupport.header(dead.get(0), "news_dlt-reason"))
        .startsWith("Elasticsearch mapping error: document_parsing_exception: ")
        .contains("immense term");
    assertThat(KafkaTestSupport.header(dead.get(0), KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
    await().atMost(WITHIN).until(() -> kafka.committedPast(GROUP, sent));
    assertThat(new ApiClient(port).get("/api/stories/" + refused).status()).isEqualTo(404);
  }

  private static String id(String name) {
    return "it-" + RUN + "-" + name;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
