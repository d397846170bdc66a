package io.newsintel.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.infra.Console;
import io.newsintel.infra.stack.DemoFeedServer;
import io.newsintel.infra.stack.ServiceName;
import io.newsintel.testinfra.RealInfrastructure;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton end to end: the deployable jars of the three services, as separate
 * processes, on real Kafka and real Elasticsearch, polling UNN-style feeds served on loopback.
 */
@RealInfrastructure
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndIT {

  private static final String API_KEY = "end-to-end-test-key-0123456789";
  private static final String SEED_LIKE_TITLE =
      "NATO condemns Russian cyber campaign against Germany and the Czech Republic";

  /** Items in the three bundled feeds (8 + 3 + 4). */
  private static final int STORIES_IN_FEEDS = 15;

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static RunningSystem system;
  private static DemoFeedServer feeds;
  private static long stackReadyAt;

  @BeforeAll
  static void startTheServices() {
    // As docker-compose runs them: one JSON object per log line.
    system = RunningSystem.start("e2e", API_KEY, Map.of("LOG_FORMAT", "ecs"));
    feeds = system.feeds();
    stackReadyAt = System.nanoTime();
  }

  @AfterAll
  static void stopTheServices() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  @Order(1)
  void theSeedLikeStoryIsSearchableAndTaggedApt28WithinThirtySeconds() {
    JsonNode story =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptions()
            .until(() -> storyTitled(SEED_LIKE_TITLE), found -> found != null);

    Console.progress(
        String.format(
            "[e2e] seed-like story searchable %.1f s after the services were healthy",
            (System.nanoTime() - stackReadyAt) / 1e9));
    JsonNode tags = story.path("tags");
    assertThat(strings(tags.path("actors"))).contains("APT28");
    // What DESIGN.md asks of the seed story, carried through Kafka, Elasticsearch and the API.
    assertThat(strings(tags.path("sponsorStates"))).contains("Russia");
    assertThat(strings(tags.path("attributedBy"))).contains("Germany", "Czech Republic", "NATO");
    assertThat(strings(tags.path("targets")))
        .contains("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden");
    assertThat(tags.path("cyberAttribution").asBoolean()).isTrue();
    assertThat(story.path("url").asString()).startsWith("https://unn.ua/en/news/");
    assertThat(story.path("source").path("feedUrl").asString())
        .isEqualTo(feeds.url("unn-world-en.xml"));
  }

  @Test
  @Order(2)
  void everyStoryIsIndexedAndOrdinaryNewsIsNotTaggedWithAnActor() {
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> search("size=50").path("total").asInt(), total -> total == STORIES_IN_FEEDS);

    for (String title :
        List.of(
            "Ukrainian swimmers win three medals at the European Championships",
            "Heavy snowfall expected in the western regions over the weekend",
            "National Bank keeps its key policy rate unchanged",
            // Aliases that are also ordinary words ("snake", "sandworms") tag nothing outside a
            // cyber context.
            "Kyiv zoo shows a rescued python and a rare snake to visitors",
            "Review: a desert epic returns with giant sandworms and a stronger cast")) {
      JsonNode story = storyTitled(title);
      assertThat(story).as(title).isNotNull();
      assertThat(strings(story.path("tags").path("actors"))).as(title).isEmpty();
    }
  }

  @Test
  @Order(3)
  void pollingTheFeedsAgainCreatesNoDuplicate() throws Exception {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> search("size=1").path("total").asInt() == STORIES_IN_FEEDS);
    int requestsBefore = feeds.requestCount();

    HttpResponse<String> refresh =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(system.url(ServiceName.INGEST) + "/api/feeds/refresh"))
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(refresh.statusCode()).as(refresh.body()).isBetween(200, 299);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> feeds.requestCount() >= requestsBefore + DemoFeedServer.FEEDS.size());
    // Give a duplicate every chance to travel through the pipeline before counting.
    await()
        .during(Duration.ofSeconds(8))
        .atMost(Duration.ofSeconds(20))
        .until(() -> search("size=1").path("total").asInt() == STORIES_IN_FEEDS);
    assertThat(search("q=" + encode("\"" + SEED_LIKE_TITLE + "\"")).path("total").asInt())
        .isEqualTo(1);
  }

  @Test
  @Order(4)
  void writesWithoutTheApiKeyAreRefused() throws Exception {
    HttpResponse<String> refresh =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(system.url(ServiceName.INGEST) + "/api/feeds/refresh"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(refresh.statusCode()).isEqualTo(401);
  }

  @Test
  @Order(5)
  void thePipelineViewShowsTheFeedsAndTheLagOfTheRunningServices() {
    JsonNode view =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .ignoreExceptions()
            .until(
                () -> pipeline(),
                v ->
                    lag(v, "enrich-service", "news.raw") == 0
                        && lag(v, "search-service", "news.enriched") >= 0);

    Console.progress("[e2e] GET /api/pipeline: " + view);
    // ./run.sh's stack tells search-service where ingest-service answers.
    assertThat(view.path("errors").size()).as(view.toString()).isZero();
    assertThat(view.at("/feeds/total").asInt()).isEqualTo(DemoFeedServer.FEEDS.size());
    assertThat(view.at("/feeds/failing").asInt()).isZero();
    // news.enriched is written in transactions: an idle group's last commit stops short of the
    // commit marker, so up to one per partition (3) shows as lag.
    assertThat(lag(view, "search-service", "news.enriched")).isBetween(0L, 3L);
    long rawEnd = 0;
    for (JsonNode topic : view.path("topics")) {
      if (topic.path("topic").asString().equals("news.raw")) {
        rawEnd = topic.path("endOffset").asLong();
      }
    }
    assertThat(rawEnd).isGreaterThanOrEqualTo(STORIES_IN_FEEDS);
    assertThat(view.at("/rates/ingestPerSec").isNumber()).isTrue();
  }

  @Test
  @Order(6)
  void eachServiceLogsOneEcsJsonObjectPerLine() throws Exception {
    for (ServiceName name : ServiceName.values()) {
      List<String> lines =
          java.nio.file.Files.readAllLines(system.service(name).log()).stream()
              .filter(line -> !line.isBlank())
              .toList();
      // The JVM may print a warning before logging starts; everything from Spring on is JSON.
      List<String> logged = lines.stream().dropWhile(line -> !line.startsWith("{")).toList();

      assertThat(logged).as(name.module()).hasSizeGreaterThan(5);
      for (String line : logged) {
        JsonNode entry = JSON.readTree(line);
        assertThat(entry.has("@timestamp")).as(line).isTrue();
        assertThat(
                entry.path("service").path("name").asString(entry.path("service.name").asString()))
            .as(line)
            .isEqualTo(name.module());
      }
    }
  }

  private static JsonNode pipeline() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(system.url(ServiceName.SEARCH) + "/api/pipeline"))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The lag of a group on a topic in a pipeline view; -1 when the view does not list it. */
  private static long lag(JsonNode view, String group, String topic) {
    for (JsonNode lag : view.path("consumerGroups")) {
      if (lag.path("group").asString().equals(group)
          && lag.path("topic").asString().equals(topic)) {
        return lag.path("lag").asLong();
      }
    }
    return -1;
  }

  private static JsonNode storyTitled(String title) {
    JsonNode result = search("q=" + encode("\"" + title + "\"") + "&size=10");
    for (JsonNode item : result.path("items")) {
      if (title.equals(item.path("title").asString())) {
        return item;
      }
    }
    return null;
  }

  private static JsonNode search(String query) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(system.url(ServiceName.SEARCH) + "/api/stories?" + query))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("search " + query + " failed: " + e, e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asString()));
    return values;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
