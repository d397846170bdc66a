package io.newsintel.search.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryTags;
import io.newsintel.search.ApiClient;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

/** The search API over a corpus of more than a thousand stories in real Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class StorySearchIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String ALIAS = "stories-it-search-" + RUN;
  private static final String GROUP = "search-it-search-" + RUN;
  private static final String SOURCE = "Search IT " + RUN;
  private static final String SOURCE_PARAM = URLEncoder.encode(SOURCE, StandardCharsets.UTF_8);
  private static final int STORIES = 1150;
  private static final Instant NEWEST = Instant.parse("2026-06-30T12:00:00Z");

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
  static void publishCorpus() {
    kafka = new KafkaTestSupport();
    List<StoryEnriched> stories = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      stories.add(corpusStory(i));
    }
    kafka.publishAll(stories);
  }

  @AfterAll
  static void disconnect() {
    kafka.close();
  }

  @BeforeEach
  void awaitCorpusIndexed() {
    api = new ApiClient(port);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                api.getJson("/api/stories?size=1&source=" + SOURCE_PARAM).get("total").asLong()
                    >= STORIES);
  }

  @Test
  void pagesByDateThroughMoreThanAThousandStoriesWithoutRepeatOrGap() {
    List<String> ids = new ArrayList<>();
    List<Instant> published = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          api.getJson(
              "/api/stories?sort=date&size=100&source="
                  + SOURCE_PARAM
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.get("total").asLong()).isEqualTo(STORIES);
      for (JsonNode item : page.get("items")) {
        ids.add(item.get("id").asString());
        published.add(Instant.parse(item.get("published").asString()));
      }
      if (pages == 0) {
        // Stories indexed while paging are not in this result set: the point in time holds.
        String late = "it-" + RUN + "-late";
        kafka.publish(late, TestStories.ordinary(late, "Late grid news", SOURCE, NEWEST, NEWEST));
      }
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(12);
    assertThat(ids).hasSize(STORIES).doesNotHaveDuplicates();
    assertThat(ids).doesNotContain("it-" + RUN + "-late");
    assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void pagesByRelevanceThroughTiedScoresWithoutRepeatOrGap() {
    Set<String> ids = new HashSet<>();
    int seen = 0;
    String cursor = null;
    do {
      JsonNode page =
          api.getJson(
              "/api/stories?q=grid+operator&sort=relevance&size=97&source="
                  + SOURCE_PARAM
                  + (cursor == null ? "" : "&cursor=" + cursor));
      for (JsonNode item : page.get("items")) {
        ids.add(item.get("id").asString());
        seen++;
      }
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
    } while (cursor != null);

    assertThat(seen).isEqualTo(STORIES);
    assertThat(ids).hasSize(STORIES);
  }

  @Test
  void countsFacetsOverAllMatchingStories() {
    JsonNode page = api.getJson("/api/stories?size=1&source=" + SOURCE_PARAM);

    assertThat(facet(page, "actors", "APT28")).isEqualTo(expected(i -> i % 3 == 0));
    assertThat(facet(page, "actors", "Sandworm Team")).isEqualTo(expected(i -> i % 3 == 1));
    assertThat(facet(page, "sponsorStates", "Russia")).isEqualTo(expected(i -> i % 3 != 2));
    assertThat(facet(page, "targets", "Germany")).isEqualTo(expected(i -> i % 3 == 0));
    assertThat(facet(page, "sources", SOURCE)).isGreaterThanOrEqualTo(STORIES);
  }

  @Test
  void filtersByActorIgnoringCaseAndByDateRange() {
    JsonNode byActor = api.getJson("/api/stories?size=1&actor=apt28&source=" + SOURCE_PARAM);
    assertThat(byActor.get("total").asLong()).isEqualTo(expected(i -> i % 3 == 0));

    JsonNode anyOf =
        api.getJson(
            "/api/stories?size=1&actor=APT28&actor=Sandworm+Team&target=Ukraine&source="
                + SOURCE_PARAM);
    assertThat(anyOf.get("total").asLong()).isEqualTo(expected(i -> i % 3 == 1));

    // One story an hour, newest first: a day holds 24 of them.
    JsonNode oneDay =
        api.getJson("/api/stories?size=1&from=2026-06-29&to=2026-06-29&source=" + SOURCE_PARAM);
    assertThat(oneDay.get("total").asLong()).isEqualTo(24);
  }

  @Test
  void answersOddQuerySyntaxWithResultsNeverAnError() {
    for (String q :
        List.of(
            "\"unclosed phrase",
            "+-+",
            "(((",
            "grid |",
            "*",
            "\\",
            "~~~",
            "title:grid",
            "grid AND OR NOT",
            "<script>alert(1)</script>",
            "Сандворм кібератака",
            "a".repeat(500))) {
      ApiClient.Response response =
          api.get(
              "/api/stories?size=5&q="
                  + URLEncoder.encode(q, StandardCharsets.UTF_8)
                  + "&source="
                  + SOURCE_PARAM);
      assertThat(response.status()).as(q).isEqualTo(200);
    }
  }

  @Test
  void highlightsMatchesAndFindsRelatedStories() {
    JsonNode page = api.getJson("/api/stories?size=1&q=substation&source=" + SOURCE_PARAM);
    JsonNode first = page.get("items").get(0);
    assertThat(first.at("/highlight/summary/0").asString()).contains("<em>substation</em>");

    String id = first.get("id").asString();
    JsonNode related = api.getJson("/api/stories/" + id + "/related?size=5");
    assertThat(related.get("items")).hasSize(5);
    for (JsonNode item : related.get("items")) {
      assertThat(item.get("id").asString()).isNotEqualTo(id);
    }
    assertThat(api.get("/api/stories/no-such-story/related").status()).isEqualTo(404);
  }

  @Test
  void refusesACursorOfAnotherSearch() {
    JsonNode page = api.getJson("/api/stories?size=10&source=" + SOURCE_PARAM);
    String cursor = page.get("nextCursor").asString();

    ApiClient.Response response =
        api.get("/api/stories?size=10&q=grid&source=" + SOURCE_PARAM + "&cursor=" + cursor);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("detail").asString()).contains("different search");
  }

  @Test
  void publishesTheOpenApiDocumentAndSwaggerUi() {
    ApiClient.Response docs = api.get("/v3/api-docs");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/stories", "news-intel search API", "cursor");
    assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  private static long facet(JsonNode page, String facet, String value) {
    for (JsonNode bucket : page.at("/facets/" + facet)) {
      if (bucket.get("value").asString().equals(value)) {
        return bucket.get("count").asLong();
      }
    }
    return 0;
  }

  private static long expected(java.util.function.IntPredicate predicate) {
    return java.util.stream.IntStream.range(0, STORIES).filter(predicate).count();
  }

  /** Story i: published i hours before NEWEST; every third about APT28, Sandworm or neither. */
  private static StoryEnriched corpusStory(int i) {
    StoryTags tags =
        switch (i % 3) {
          case 0 -> TestStories.actor("APT28", "Russia", "Germany");
          case 1 -> TestStories.actor("Sandworm Team", "Russia", "Ukraine");
          default -> StoryTags.NONE;
        };
    Instant published = NEWEST.minus(Duration.ofHours(i + 1));
    String id = "it-" + RUN + "-" + i;
    return TestStories.story(
        id,
        "Grid operator report " + i,
        "The grid operator published report number " + i + " on substation " + (i % 40) + ".",
        "Power distribution in region " + (i % 12) + " stayed stable during maintenance.",
        SOURCE,
        published,
        published.plusSeconds(60),
        tags,
        List.of());
  }
}
