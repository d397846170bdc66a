package io.newsintel.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.StoryIngested;
import io.newsintel.ingest.IngestApplication;
import io.newsintel.ingest.support.LoopbackFeedServer;
import io.newsintel.ingest.support.RawTopicReader;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The seen-story state lives in Kafka: a restarted instance does not republish what it published
 * before, and a second instance does not republish a story the first one published from another
 * feed.
 */
class DeduplicationAcrossRestartsIT {

  private static final LoopbackFeedServer FEEDS = new LoopbackFeedServer();
  private static final String FEED = LoopbackFeedServer.resource("/feeds/unn-world-en.xml");
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @AfterAll
  static void stopServer() {
    FEEDS.close();
  }

  @Test
  void skipsItemsAlreadySeenAfterRestart() throws Exception {
    String path = "/restart-" + RUN + "/world_en.xml";
    FEEDS.serve(path, "application/rss+xml", uniqueLinks(FEED, "restart"));
    String seenTopic = "ingest.seen-stories.restart-" + RUN;

    try (ConfigurableApplicationContext first = start(FEEDS.url(path), seenTopic)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .until(() -> stories(path).size() == 3);
    }
    int requestsBefore = FEEDS.hits(path);
    try (ConfigurableApplicationContext second = start(FEEDS.url(path), seenTopic)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> FEEDS.hits(path) > requestsBefore);
      assertThat(refresh(second).statusCode()).isEqualTo(200);
      assertThat(stories(path)).hasSize(3);
    }
  }

  @Test
  void publishesAStoryCarriedByTwoFeedsOnTwoInstancesOnce() throws Exception {
    String pathA = "/two-a-" + RUN + "/feed.xml";
    String pathB = "/two-b-" + RUN + "/feed.xml";
    String body = uniqueLinks(FEED, "two");
    FEEDS.serve(pathA, "application/rss+xml", body);
    FEEDS.serve(pathB, "application/rss+xml", body.replace("UNN - World news", "UNN mirror"));
    String seenTopic = "ingest.seen-stories.two-" + RUN;

    try (ConfigurableApplicationContext a = start(FEEDS.url(pathA), seenTopic)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .until(() -> stories(pathA).size() == 3);
      try (ConfigurableApplicationContext b = start(FEEDS.url(pathB), seenTopic)) {
        await().atMost(Duration.ofSeconds(30)).until(() -> FEEDS.hits(pathB) > 0);
        assertThat(refresh(b).statusCode()).isEqualTo(200);
        assertThat(stories(pathB)).isEmpty();
        assertThat(stories(pathA)).hasSize(3);
      }
    }
  }

  private static ConfigurableApplicationContext start(String feedUrl, String seenTopic) {
    return new SpringApplicationBuilder(IngestApplication.class)
        .run(
            "--server.port=0",
            "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
            "--ingest.feeds=" + feedUrl,
            "--ingest.fetch.allow-private-addresses=true",
            "--ingest.topics.seen-stories=" + seenTopic,
            // Each instance here polls a feed of its own: its own owner group, so it owns every
            // partition; the shared seen-stories topic is what is under test.
            "--ingest.topics.feed-owners-group=owners-" + UUID.randomUUID(),
            "--ingest.topics.feeds=ingest.feeds.dedup-" + RUN,
            "--news.api-key=restart-it");
  }

  private static HttpResponse<String> refresh(ConfigurableApplicationContext context)
      throws Exception {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feeds/refresh"))
                .header("X-API-Key", "restart-it")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static List<StoryIngested> stories(String path) {
    String feedUrl = FEEDS.url(path);
    return RawTopicReader.readAll(
        TestInfrastructure.kafkaBootstrapServers(), s -> feedUrl.equals(s.source().feedUrl()));
  }

  /** Story ids come from links: links unique to this run keep earlier runs' stories out. */
  private static String uniqueLinks(String feed, String test) {
    return feed.replace("https://unn.example/", "https://unn.example/" + test + "-" + RUN + "/")
        .replace("/en/news/danube", "/" + test + "-" + RUN + "/en/news/danube");
  }
}
