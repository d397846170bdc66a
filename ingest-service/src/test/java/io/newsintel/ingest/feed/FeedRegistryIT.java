package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.ingest.IngestApplication;
import io.newsintel.ingest.support.LoopbackFeedServer;
import io.newsintel.ingest.support.RawTopicReader;
import io.newsintel.testinfra.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The feed registry API against real Kafka: registration survives a restart, and two instances
 * share the registered feeds so each is polled by exactly one of them.
 */
class FeedRegistryIT {

  private static final String KEY = "registry-it";
  private static final LoopbackFeedServer FEEDS = new LoopbackFeedServer();
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int REGISTRY_PARTITIONS = 3;

  @AfterAll
  static void stopServer() {
    FEEDS.close();
  }

  @Test
  void registersListsExportsAndDeletesFeedsAndKeepsThemAcrossRestart() throws Exception {
    String topic = "ingest.feeds.api-" + RUN;
    String path = "/api-" + RUN + "/feed.xml";
    FEEDS.serve(path, "application/rss+xml", feed("api"));
    String url = FEEDS.url(path);
    String id;
    try (ConfigurableApplicationContext app = start(topic, "api")) {
      HttpResponse<String> created =
          send(
              app,
              "POST",
              "/api/feeds",
              "{\"url\":\"" + url + "\",\"name\":\"Loopback\",\"pollInterval\":\"10m\"}",
              "application/json");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      JsonNode body = EventJson.mapper().readTree(created.body());
      id = body.path("id").asString();
      assertThat(created.headers().firstValue("Location")).contains("/api/feeds/" + id);
      assertThat(body.path("pollInterval").asString()).isEqualTo("PT10M");

      assertThat(
              send(app, "POST", "/api/feeds", "{\"url\":\"" + url + "\"}", "application/json")
                  .statusCode())
          .isEqualTo(409);
      HttpResponse<String> invalid =
          send(app, "POST", "/api/feeds", "{\"url\":\"gopher://x\"}", "application/json");
      assertThat(invalid.statusCode()).isEqualTo(400);
      assertThat(invalid.body()).contains("http or https");
      assertThat(send(app, "POST", "/api/feeds", "{not json", "application/json").statusCode())
          .isEqualTo(400);

      await().atMost(Duration.ofSeconds(30)).until(() -> FEEDS.hits(path) > 0);
      HttpResponse<String> opml = send(app, "GET", "/api/feeds/opml", null, null);
      assertThat(opml.body()).contains("xmlUrl=\"" + url + "\"");
    }
    try (ConfigurableApplicationContext restarted = start(topic, "api")) {
      assertThat(send(restarted, "GET", "/api/feeds/" + id, null, null).statusCode())
          .isEqualTo(200);
      assertThat(send(restarted, "DELETE", "/api/feeds/" + id, null, null).statusCode())
          .isEqualTo(204);
      assertThat(send(restarted, "GET", "/api/feeds/" + id, null, null).statusCode())
          .isEqualTo(404);
    }
    try (ConfigurableApplicationContext again = start(topic, "api")) {
      assertThat(send(again, "GET", "/api/feeds/" + id, null, null).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void importsOpmlAndTwoInstancesPollEachFeedExactlyOnce() throws Exception {
    String topic = "ingest.feeds.shared-" + RUN;
    List<String> urls = new ArrayList<>();
    StringBuilder opml = new StringBuilder("<opml version=\"2.0\"><body>");
    // Feeds are placed on registry partitions by the hash of their URL, whose port and run id are
    // random: chosen so that every partition holds two of them, each instance is sure to own some
    // (with 8 arbitrary feeds, one instance owned none about once in 25 runs).
    int[] perPartition = new int[REGISTRY_PARTITIONS];
    for (int i = 0; Arrays.stream(perPartition).anyMatch(n -> n < 2); i++) {
      String path = "/shared-" + RUN + "/" + i + ".xml";
      int partition =
          KafkaFeedStore.partitionOf(Feed.idOf(URI.create(FEEDS.url(path))), REGISTRY_PARTITIONS);
      if (perPartition[partition] >= 2) {
        continue;
      }
      perPartition[partition]++;
      FEEDS.serve(path, "application/rss+xml", feed("shared" + i));
      urls.add(FEEDS.url(path));
      opml.append("<outline text=\"f")
          .append(i)
          .append("\" xmlUrl=\"")
          .append(FEEDS.url(path))
          .append("\"/>");
    }
    opml.append("</body></opml>");

    try (ConfigurableApplicationContext a = start(topic, "shared");
        ConfigurableApplicationContext b = start(topic, "shared")) {
      HttpResponse<String> imported =
          send(a, "POST", "/api/feeds/opml", opml.toString(), "text/x-opml");
      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
      assertThat(EventJson.mapper().readTree(imported.body()).path("added").size())
          .isEqualTo(urls.size());

      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                Set<String> polledByA = polledHere(a);
                Set<String> polledByB = polledHere(b);
                assertThat(polledByA).isNotEmpty();
                assertThat(polledByB).isNotEmpty();
                assertThat(java.util.Collections.disjoint(polledByA, polledByB)).isTrue();
                Set<String> union = new HashSet<>(polledByA);
                union.addAll(polledByB);
                assertThat(union).containsAll(urls);
              });
      await()
          .atMost(Duration.ofSeconds(60))
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                List<StoryIngested> stories =
                    RawTopicReader.readAll(
                        TestInfrastructure.kafkaBootstrapServers(),
                        s -> urls.contains(s.source().feedUrl()));
                assertThat(stories).hasSize(urls.size());
              });
    }
  }

  private static Set<String> polledHere(ConfigurableApplicationContext app) throws Exception {
    Set<String> urls = new HashSet<>();
    for (JsonNode feed :
        EventJson.mapper().readTree(send(app, "GET", "/api/feeds", null, null).body()).values()) {
      if (feed.path("polledHere").asBoolean() && feed.path("lastSuccess").isString()) {
        urls.add(feed.path("url").asString());
      }
    }
    return urls;
  }

  private static ConfigurableApplicationContext start(String topic, String test) {
    return new SpringApplicationBuilder(IngestApplication.class)
        .run(
            "--server.port=0",
            "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
            "--ingest.feeds=",
            "--ingest.fetch.allow-private-addresses=true",
            "--ingest.topics.feeds=" + topic,
            "--ingest.topics.partitions=" + REGISTRY_PARTITIONS,
            "--ingest.topics.feed-owners-group=owners-" + test + "-" + RUN,
            "--ingest.topics.seen-stories=ingest.seen-stories.registry-" + test + "-" + RUN,
            "--news.api-key=" + KEY);
  }

  private static HttpResponse<String> send(
      ConfigurableApplicationContext app, String method, String path, String body, String type)
      throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("X-API-Key", KEY)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** One item per feed, with a link unique to the feed and this run. */
  private static String feed(String name) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>"
        + name
        + "</title>"
        + "<item><title>Story of "
        + name
        + "</title><link>https://registry.example/"
        + RUN
        + "/"
        + name
        + "</link></item>"
        + "</channel></rss>";
  }
}
