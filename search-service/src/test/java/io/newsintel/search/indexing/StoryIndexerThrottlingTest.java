package io.newsintel.search.indexing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsintel.search.TestStories;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Elasticsearch cannot be made to answer 429 on demand, so a stub bulk endpoint does: the
 * answers refuse one story as too many requests a given number of times, then accept it.
 */
class StoryIndexerThrottlingTest {

  private final AtomicInteger bulkRequests = new AtomicInteger();
  private HttpServer server;
  private StoryIndexer indexer;

  @AfterEach
  void stop() throws InterruptedException {
    indexer.destroy();
    server.stop(0);
  }

  @Test
  void retriesAnItemRefusedWithTooManyRequestsUntilItIsIndexed() throws IOException {
    start(3, 2);

    List<WriteOutcome> outcomes = indexer.write("stories", List.of(story("a"), story("b")), true);

    assertThat(outcomes)
        .extracting(WriteOutcome::result)
        .containsExactly(WriteOutcome.Result.INDEXED, WriteOutcome.Result.INDEXED);
    assertThat(bulkRequests).hasValue(3);
  }

  @Test
  void reportsAnItemStillThrottledAfterTheRetriesAsUnavailable() throws IOException {
    start(2, Integer.MAX_VALUE);

    List<WriteOutcome> outcomes = indexer.write("stories", List.of(story("a"), story("b")), true);

    assertThat(outcomes.get(0).result()).isEqualTo(WriteOutcome.Result.INDEXED);
    assertThat(outcomes.get(1).result()).isEqualTo(WriteOutcome.Result.UNAVAILABLE);
    assertThat(outcomes.get(1).reason()).contains("es_rejected_execution_exception");
  }

  /** Answers 429 for the story "b" the first {@code throttled} times it is sent. */
  private void start(int retries, int throttled) throws IOException {
    AtomicInteger throttlesLeft = new AtomicInteger(throttled);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/_bulk",
        exchange -> {
          String request = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
          bulkRequests.incrementAndGet();
          StringBuilder items = new StringBuilder();
          Matcher id = Pattern.compile("\"_id\":\"([^\"]+)\"").matcher(request);
          while (id.find()) {
            boolean throttle = id.group(1).equals("b") && throttlesLeft.getAndDecrement() > 0;
            items.append(items.length() == 0 ? "" : ",").append(item(id.group(1), throttle));
          }
          String body = "{\"took\":1,\"errors\":true,\"items\":[" + items + "]}";
          byte[] bytes = body.getBytes(UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    RestClient rest =
        RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort())).build();
    ElasticsearchClient client =
        new ElasticsearchClient(
            new RestClientTransport(rest, new Jackson3JsonpMapper(JsonMapper.builder().build())));
    indexer =
        new StoryIndexer(
            client,
            new IndexingProperties(
                3,
                (short) 1,
                100,
                1,
                Duration.ofSeconds(10),
                retries,
                Duration.ofMillis(10),
                Duration.ofSeconds(1)),
            new IndexingMetrics(new SimpleMeterRegistry()));
  }

  private static String item(String id, boolean throttled) {
    return throttled
        ? "{\"index\":{\"_index\":\"stories-v1\",\"_id\":\""
            + id
            + "\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\","
            + "\"reason\":\"rejected execution\"}}}"
        : "{\"index\":{\"_index\":\"stories-v1\",\"_id\":\""
            + id
            + "\",\"_version\":1,\"status\":201,\"result\":\"created\"}}";
  }

  private static IndexableStory story(String id) {
    return IndexableStory.of(
        TestStories.ordinary(id, "Story " + id, "Stub", Instant.now(), Instant.now()));
  }
}
