package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.StoryIngested;
import io.newsintel.ingest.support.LoopbackFeedServer;
import io.newsintel.ingest.support.RawTopicReader;
import io.newsintel.testinfra.ExportedMetrics;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The walking skeleton end to end inside the service: a feed on a loopback HTTP server, real Kafka,
 * and the stories on {@code news.raw} exactly once, however often the feed is polled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedPollingIT {

  private static final String API_KEY = "polling-it-key";
  private static final LoopbackFeedServer FEEDS = new LoopbackFeedServer();
  private static final String FEED_PATH = "/polling-it/world_en.xml";
  private static final String FEED = LoopbackFeedServer.resource("/feeds/unn-world-en.xml");

  static {
    FEEDS.serve(FEED_PATH, "application/rss+xml; charset=utf-8", FEED);
  }

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("ingest.feeds", () -> FEEDS.url(FEED_PATH));
    registry.add("ingest.fetch.allow-private-addresses", () -> "true");
    registry.add("news.api-key", () -> API_KEY);
    registry.add("ingest.topics.seen-stories", () -> "ingest.seen-stories.polling-it");
    // This context stays cached for the whole run: keep it out of other tests' owner groups.
    registry.add("ingest.topics.feeds", () -> "ingest.feeds.polling-it");
    registry.add("ingest.topics.feed-owners-group", () -> "owners-polling-it");
  }

  @AfterAll
  static void stopServer() {
    FEEDS.close();
  }

  @Test
  void publishesEachItemOnceAndRepublishesOnlyChangedItems() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .ignoreExceptions()
        .untilAsserted(() -> assertThat(stories()).hasSize(3));
    List<StoryIngested> first = stories();
    assertThat(first)
        .extracting(StoryIngested::title)
        .contains(
            "NATO condemns APT28 cyber campaign against Germany's SPD and Czech institutions");
    assertThat(first).allSatisfy(s -> assertThat(s.source().name()).isEqualTo("UNN - World news"));

    HttpResponse<String> refresh = post("/api/feeds/refresh", API_KEY);
    assertThat(refresh.statusCode()).isEqualTo(200);
    assertThat(FEEDS.hits(FEED_PATH)).isGreaterThanOrEqualTo(2);
    assertThat(stories()).hasSize(3);

    FEEDS.serve(
        FEED_PATH,
        "application/rss+xml",
        FEED.replace("more than 200 calls", "more than 300 calls"));
    assertThat(post("/api/feeds/refresh", API_KEY).statusCode()).isEqualTo(200);

    List<StoryIngested> afterChange = stories();
    assertThat(afterChange).hasSize(4);
    StoryIngested update = afterChange.get(3);
    StoryIngested original =
        first.stream().filter(s -> s.id().equals(update.id())).findFirst().orElseThrow();
    assertThat(update.summary()).contains("more than 300 calls");
    assertThat(update.fetchedAt()).isAfter(original.fetchedAt());
  }

  @Test
  void refusesRefreshWithoutTheApiKey() throws Exception {
    HttpResponse<String> response = post("/api/feeds/refresh", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    assertThat(post("/api/feeds/refresh", "wrong-key").statusCode()).isEqualTo(401);
  }

  @Test
  void listsTheFeedWithItsStatus() throws Exception {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              HttpResponse<String> response = get("/api/feeds");
              assertThat(response.statusCode()).isEqualTo(200);
              assertThat(response.body())
                  .contains(FEEDS.url(FEED_PATH))
                  .contains("\"lastSuccess\":\"")
                  .contains("\"itemsSeen\":3");
            });
  }

  @Test
  void reportsKafkaHealthAndPollMetrics() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"kafka\":{").contains("\"clusterId\"");
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"kafka\":{");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              String scrape = get("/actuator/prometheus").body();
              assertThat(scrape)
                  .contains("ingest_feed_polls_total{outcome=\"ok\"")
                  .contains("ingest_stories_total{result=\"new\"}");
              assertThat(ExportedMetrics.missingFrom("ingest-service", scrape)).isEmpty();
            });
    for (String hidden : List.of("env", "beans", "metrics", "configprops", "loggers")) {
      assertThat(get("/actuator/" + hidden).statusCode()).as(hidden).isEqualTo(404);
    }
    assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
  }

  private List<StoryIngested> stories() {
    String feedUrl = FEEDS.url(FEED_PATH);
    return RawTopicReader.readAll(
        TestInfrastructure.kafkaBootstrapServers(), s -> feedUrl.equals(s.source().feedUrl()));
  }

  private HttpResponse<String> post(String path, String apiKey) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (apiKey != null) {
      request.header("X-API-Key", apiKey);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
