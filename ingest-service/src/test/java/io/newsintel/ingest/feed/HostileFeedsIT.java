package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import io.newsintel.contract.StoryIngested;
import io.newsintel.ingest.support.LoopbackFeedServer;
import io.newsintel.ingest.support.RawTopicReader;
import io.newsintel.testinfra.TestInfrastructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service against hostile feed servers on loopback, each polled while a healthy feed is polled
 * too: every hostile feed ends with a clear error (or its items) in its status, health stays UP,
 * and a story added to the healthy feed in the same test still reaches {@code news.raw}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: its pollers and consumers would otherwise run on beside the later tests.
@DirtiesContext
class HostileFeedsIT {

  private static final String API_KEY = "hostile-feeds-it-key";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LoopbackFeedServer SITE = new LoopbackFeedServer(16);
  private static final List<String> HEALTHY_ITEMS = new CopyOnWriteArrayList<>();
  private static final int HUGE_BODY_BYTES = 100 * 1024 * 1024;
  private static final int MANY_ITEMS = 50_000;

  static {
    SITE.handle("/healthy.xml", HostileFeedsIT::healthyFeed);
    SITE.handle("/huge.xml", HostileFeedsIT::hundredMegabytes);
    SITE.handle("/drip.xml", HostileFeedsIT::oneBytePerSecond);
    SITE.handle("/loop.xml", exchange -> redirect(exchange, "/loop.xml"));
    byte[] invalidUtf8 = invalidUtf8Feed();
    SITE.handle(
        "/bad-utf8.xml",
        exchange ->
            LoopbackFeedServer.respond(
                exchange, 200, "application/rss+xml; charset=utf-8", invalidUtf8));
    SITE.serve("/many.xml", "application/rss+xml", manyItems());
    SITE.serve(
        "/markup.xml",
        "application/rss+xml",
        LoopbackFeedServer.resource("/feeds/hostile-markup.xml")
            .replace(
                "http://e.example/html", "https://hostile.example/markup-" + UUID.randomUUID()));
    SITE.serve(
        "/bomb.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
            + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>");
    SITE.serve(
        "/xxe.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>x</title><item><title>&xxe;</title>"
            + "<link>https://hostile.example/xxe</link></item></channel></rss>");
  }

  @LocalServerPort int port;

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("ingest.feeds", () -> SITE.url("/healthy.xml"));
    registry.add("ingest.fetch.allow-private-addresses", () -> "true");
    // The drip would otherwise hold a worker for the default 30 s.
    registry.add("ingest.fetch.total-timeout", () -> "8s");
    registry.add("ingest.fetch.response-timeout", () -> "5s");
    // Every feed here is on 127.0.0.1; the per-host cap would queue them behind each other.
    registry.add("ingest.per-host-concurrency", () -> "16");
    registry.add("news.api-key", () -> API_KEY);
    registry.add("ingest.topics.seen-stories", () -> "ingest.seen-stories.hostile-it");
    registry.add("ingest.topics.feeds", () -> "ingest.feeds.hostile-it");
    registry.add("ingest.topics.feed-owners-group", () -> "owners-hostile-it");
  }

  @AfterAll
  static void stopServer() {
    SITE.close();
  }

  @Test
  void refusesAHundredMegabyteBodyAtTheSizeCap() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/huge.xml");

    assertThat(status.path("lastError").asString())
        .contains("response body larger than the 10485760-byte limit");
    assertThat(status.path("lastSuccess").isNull()).isTrue();
  }

  @Test
  void givesUpOnAServerDrippingOneBytePerSecond() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/drip.xml");

    assertThat(status.path("lastError").asString()).contains("timed out after 8 s");
  }

  @Test
  void stopsFollowingARedirectLoop() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/loop.xml");

    assertThat(status.path("lastError").asString()).contains("more than 5 redirects");
    assertThat(SITE.hits("/loop.xml")).isLessThanOrEqualTo(12);
  }

  @Test
  void publishesAFeedWithInvalidUtf8WithReplacementCharacters() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/bad-utf8.xml");

    assertThat(status.path("lastError").isNull()).isTrue();
    assertThat(status.path("itemsSeen").asInt()).isEqualTo(1);
    assertThat(storiesOf("/bad-utf8.xml"))
        .extracting(StoryIngested::title)
        .containsExactly("Caf\uFFFD au lait \uFFFD\uFFFD broken");
  }

  @Test
  void publishesEveryItemOfAFeedWithFiftyThousandItems() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/many.xml");

    assertThat(status.path("lastError").isNull()).isTrue();
    assertThat(status.path("itemsSeen").asInt()).isEqualTo(MANY_ITEMS);
    // news.raw is the witness: the status counter restarts when the registry moves the feed
    // between instances (or to a fresh state on this one) under a slow rebalance.
    assertThat(storiesOf("/many.xml")).hasSize(MANY_ITEMS);
  }

  @Test
  void publishesOnlyPlainTextWhenEveryFieldCarriesHtmlAndScripts() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/markup.xml");

    assertThat(status.path("lastError").isNull()).isTrue();
    StoryIngested story = storiesOf("/markup.xml").get(0);
    assertThat(story.title()).isEqualTo("Bold headline");
    assertThat(story.authors()).containsExactly("Jane Doe");
    assertThat(JSON.writeValueAsString(story))
        .doesNotContain("<", ">", "alert(", "javascript:", "onerror", "document.write");
  }

  @Test
  void refusesAnXmlBombServedOverHttp() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/bomb.xml");

    assertThat(status.path("lastError").asString())
        .startsWith("cannot parse the feed:")
        .contains("DOCTYPE");
  }

  @Test
  void refusesAnExternalEntityServedOverHttp() throws Exception {
    JsonNode status = pollAlongsideTheHealthyFeed("/xxe.xml");

    assertThat(status.path("lastError").asString()).startsWith("cannot parse the feed:");
    assertThat(storiesOf("/xxe.xml")).isEmpty();
  }

  /**
   * Registers the hostile feed and polls it; while that poll runs, adds a story to the healthy feed
   * and polls that one, which must publish it. Then checks health and returns the hostile feed's
   * status.
   */
  private JsonNode pollAlongsideTheHealthyFeed(String path) throws Exception {
    HttpResponse<String> added =
        send(
            "POST",
            "/api/feeds",
            "{\"url\":\"" + SITE.url(path) + "\",\"name\":\"hostile " + path + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String id = JSON.readTree(added.body()).path("id").asString();
    CompletableFuture<HttpResponse<String>> hostilePoll =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return send("POST", "/api/feeds/" + id + "/refresh", "");
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    String marker = "healthy-" + UUID.randomUUID();
    HEALTHY_ITEMS.add(marker);
    String healthyId = feedIdOf(SITE.url("/healthy.xml"));
    assertThat(send("POST", "/api/feeds/" + healthyId + "/refresh", "").statusCode())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertThat(storiesOf("/healthy.xml"))
                    .extracting(StoryIngested::url)
                    .contains(healthyLink(marker)));

    assertThat(hostilePoll.get(90, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    HttpResponse<String> health = send("GET", "/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");
    HttpResponse<String> status = send("GET", "/api/feeds/" + id, null);
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).doesNotContain("Exception", "\tat ");
    return JSON.readTree(status.body());
  }

  private String feedIdOf(String url) throws Exception {
    for (JsonNode feed : JSON.readTree(send("GET", "/api/feeds", null).body())) {
      if (feed.path("url").asString().equals(url)) {
        return feed.path("id").asString();
      }
    }
    throw new AssertionError("no feed " + url);
  }

  private static List<StoryIngested> storiesOf(String path) {
    String feedUrl = SITE.url(path);
    return RawTopicReader.readAll(
        TestInfrastructure.kafkaBootstrapServers(), s -> feedUrl.equals(s.source().feedUrl()));
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(120));
    if (json == null) {
      request.GET();
    } else {
      request
          .header("X-API-Key", API_KEY)
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String healthyLink(String marker) {
    return "https://healthy.example/" + marker;
  }

  private static void healthyFeed(HttpExchange exchange) {
    StringBuilder items = new StringBuilder();
    for (String marker : HEALTHY_ITEMS) {
      items
          .append("<item><title>Healthy story ")
          .append(marker)
          .append("</title><link>")
          .append(healthyLink(marker))
          .append("</link><description>Still flowing.</description></item>");
    }
    LoopbackFeedServer.respond(
        exchange,
        200,
        "application/rss+xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Healthy</title><link>https://healthy.example/</link>"
                + items
                + "</channel></rss>")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** Announces 100 MB and writes it; the service must stop reading at its cap. */
  private static void hundredMegabytes(HttpExchange exchange) {
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) ' ');
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, HUGE_BODY_BYTES);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8));
        for (long written = 0; written < HUGE_BODY_BYTES - 64 * 1024; written += chunk.length) {
          out.write(chunk);
        }
      }
    } catch (IOException e) {
      // The service hung up at its cap, as it should.
    }
  }

  /** Headers at once, then one byte per second, for longer than the service waits. */
  private static void oneBytePerSecond(HttpExchange exchange) {
    byte[] feed =
        "<rss version=\"2.0\"><channel><title>Drip</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_8);
    try {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, feed.length);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < Math.min(feed.length, 20); i++) {
        out.write(feed[i]);
        out.flush();
        TimeUnit.SECONDS.sleep(1);
      }
    } catch (IOException e) {
      // The service hung up.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void redirect(HttpExchange exchange, String location) {
    exchange.getResponseHeaders().set("Location", location);
    LoopbackFeedServer.respond(exchange, 302, null, new byte[0]);
  }

  private static byte[] invalidUtf8Feed() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Bad bytes</title><item><title>Caf")
            .getBytes(StandardCharsets.UTF_8));
    out.write(0xc3);
    out.writeBytes(" au lait ".getBytes(StandardCharsets.UTF_8));
    out.write(0xff);
    out.write(0xfe);
    out.writeBytes(
        (" broken</title><link>https://hostile.example/bad-utf8-"
                + UUID.randomUUID()
                + "</link></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String manyItems() {
    String run = UUID.randomUUID().toString();
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Many</title><link>https://many.example/</link>");
    for (int i = 0; i < MANY_ITEMS; i++) {
      xml.append("<item><title>Story ")
          .append(i)
          .append("</title><link>https://many.example/")
          .append(run)
          .append('/')
          .append(i)
          .append("</link></item>");
    }
    return xml.append("</channel></rss>").toString();
  }
}
