package io.newsintel.search.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.AttributionClaim;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryTags;
import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.testinfra.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Dashboard statistics over stories in real Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StatsIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-stats-" + RUN;
  private static final String GROUP = "search-it-stats-" + RUN;
  private static final String SOURCE = "Stats IT " + RUN;
  private static final String GROUP_NAME = "Test Group " + RUN;
  // A day of its own, far from the other tests' stories, so the counts are this test's alone.
  private static final LocalDate DAY =
      LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));

  /** Sentence-level claims of one story: an attribution and a denial of it. */
  private static final List<AttributionClaim> LATVIA_CLAIMS =
      List.of(
          new AttributionClaim(
              List.of("CERT-LV"),
              List.of(GROUP_NAME),
              List.of("Russia"),
              List.of("GRU"),
              List.of("Latvia"),
              false,
              0.9,
              "summary",
              0,
              9,
              "Summary d"),
          new AttributionClaim(
              List.of("Russia"),
              List.of(GROUP_NAME),
              List.of(),
              List.of(),
              List.of(),
              true,
              0.8,
              "content",
              0,
              9,
              "Content d"));

  private static KafkaTestSupport kafka;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> ALIAS);
    registry.add("spring.kafka.consumer.group-id", () -> GROUP);
  }

  @LocalServerPort int port;
  ApiClient api;

  @BeforeAll
  static void publish() {
    kafka = new KafkaTestSupport();
    List<StoryEnriched> stories = new ArrayList<>();
    // Day 1: 3 stories about the group (hit Estonia), day 2: none, day 3: 1 about it, 2 others.
    for (int i = 0; i < 3; i++) {
      stories.add(story("d1-" + i, at(0, 8 + i), claim("Estonia", "Estonia")));
    }
    stories.add(withClaims(story("d3-0", at(2, 9), claim("Latvia", "CERT-LV")), LATVIA_CLAIMS));
    stories.add(story("d3-1", at(2, 10), StoryTags.NONE));
    stories.add(story("d3-2", at(2, 11), StoryTags.NONE));
    kafka.publishAll(stories);
  }

  @AfterAll
  static void disconnect() {
    kafka.close();
  }

  @BeforeEach
  void awaitIndexed() {
    api = new ApiClient(port);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                api.getJson("/api/stories?size=1&source=" + SOURCE.replace(" ", "+"))
                        .get("total")
                        .asLong()
                    == 6);
  }

  @Test
  void countsStoriesPerDayByActorIncludingEmptyDays() {
    JsonNode timeline =
        api.getJson(
            "/api/stats/timeline?by=actor&interval=day&from=" + DAY + "&to=" + DAY.plusDays(2));

    JsonNode buckets = timeline.get("buckets");
    assertThat(buckets).hasSize(3);
    assertThat(buckets.get(0).get("start").asString()).isEqualTo(DAY + "T00:00:00Z");
    assertThat(buckets.get(0).get("total").asLong()).isEqualTo(3);
    assertThat(buckets.get(0).at("/counts/0/value").asString()).isEqualTo(GROUP_NAME);
    assertThat(buckets.get(0).at("/counts/0/count").asLong()).isEqualTo(3);
    assertThat(buckets.get(1).get("total").asLong()).isZero();
    assertThat(buckets.get(2).get("total").asLong()).isEqualTo(3);
    assertThat(buckets.get(2).at("/counts/0/count").asLong()).isEqualTo(1);
  }

  @Test
  void countsStoriesPerWeekByTarget() {
    JsonNode timeline =
        api.getJson(
            "/api/stats/timeline?by=target&interval=week&from="
                + DAY.minusDays(7)
                + "&to="
                + DAY.plusDays(7));

    long estonia = 0;
    for (JsonNode bucket : timeline.get("buckets")) {
      for (JsonNode count : bucket.get("counts")) {
        if (count.get("value").asString().equals("Estonia")) {
          estonia += count.get("count").asLong();
        }
      }
    }
    assertThat(estonia).isEqualTo(3);
  }

  @Test
  void listsTheLatestAttributionClaimsNewestFirst() {
    JsonNode claims =
        api.getJson("/api/stats/claims?size=10&actor=" + GROUP_NAME.replace(" ", "+"));

    JsonNode items = claims.get("items");
    assertThat(items).hasSize(4);
    assertThat(items.get(0).get("storyId").asString()).endsWith("d3-0");
    assertThat(items.get(0).at("/claimants/0").asString()).isEqualTo("CERT-LV");
    assertThat(items.get(0).at("/targets/0").asString()).isEqualTo("Latvia");
    assertThat(items.get(0).at("/sponsorStates/0").asString()).isEqualTo("Russia");
    assertThat(items.get(1).at("/claimants/0").asString()).isEqualTo("Estonia");
  }

  @Test
  void theLatestClaimsCarryTheStorysSentenceLevelClaimsAndItsDenial() {
    JsonNode items =
        api.getJson("/api/stats/claims?size=10&actor=" + GROUP_NAME.replace(" ", "+")).get("items");

    JsonNode latvia = items.get(0);
    assertThat(latvia.get("storyId").asString()).endsWith("d3-0");
    assertThat(latvia.get("claims")).hasSize(2);
    assertThat(latvia.at("/claims/0/claimants/0").asString()).isEqualTo("CERT-LV");
    assertThat(latvia.at("/claims/0/agencies/0").asString()).isEqualTo("GRU");
    assertThat(latvia.at("/claims/0/sentence").asString()).isEqualTo("Summary d");
    assertThat(latvia.at("/claims/1/denied").asBoolean()).isTrue();
    // The tags say nothing of a denial; the sentence-level denial is enough to mark the story.
    assertThat(latvia.get("denied").asBoolean()).isTrue();
    assertThat(items.get(1).get("claims")).isEmpty();
    assertThat(items.get(1).get("denied").asBoolean()).isFalse();
  }

  @Test
  void refusesBadStatisticsParametersWithAProblem() {
    ApiClient.Response response = api.get("/api/stats/timeline?interval=minute");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains("interval must be");
    assertThat(api.get("/api/stats/claims?size=0").status()).isEqualTo(400);
  }

  private static Instant at(int dayOffset, int hour) {
    return DAY.plusDays(dayOffset).atTime(hour, 0).toInstant(ZoneOffset.UTC);
  }

  private static StoryTags claim(String target, String claimant) {
    return new StoryTags(
        List.of(GROUP_NAME),
        List.of(),
        List.of("Russia"),
        List.of(claimant),
        List.of(target),
        false,
        true,
        List.of(),
        List.of());
  }

  private static StoryEnriched withClaims(StoryEnriched s, List<AttributionClaim> claims) {
    return new StoryEnriched(
        s.id(),
        s.guid(),
        s.url(),
        s.canonicalUrl(),
        s.title(),
        s.summary(),
        s.content(),
        s.published(),
        s.fetchedAt(),
        s.language(),
        s.source(),
        s.authors(),
        s.categories(),
        s.schemaVersion(),
        s.tags(),
        s.evidence(),
        claims,
        "stats-it-catalog");
  }

  private static StoryEnriched story(String name, Instant published, StoryTags tags) {
    String id = "it-" + RUN + "-" + name;
    return TestStories.story(
        id,
        "Statistics story " + name,
        "Summary " + name,
        "Content " + name,
        SOURCE,
        published,
        published.plusSeconds(30),
        tags,
        List.of());
  }
}
