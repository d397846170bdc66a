package io.newsintel.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Observes when stories become searchable, without touching the pipeline: every {@link #INTERVAL}
 * it asks Elasticsearch (a plain search, as a user's would be: no refresh forced) which of the
 * released stories it has not seen yet are there now, by their URL. A story's latency is the time
 * the search that first found it was sent, minus the {@code fetchedAt} that ingest-service stamped
 * on it; the resolution is the interval plus one search.
 */
final class SearchableProbe {

  static final Duration INTERVAL = Duration.ofMillis(50);
  private static final int MAX_TERMS = 2_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final String searchUrl;

  SearchableProbe(String elasticsearchUrl, String index) {
    this.searchUrl = elasticsearchUrl + "/" + index + "/_search";
  }

  /** Latencies in milliseconds, and how many stories were never seen. */
  record Latencies(List<Long> millis, int missing) {}

  /**
   * Watches stories {@code [from, to)} as {@code released} lets them out, until all are seen or
   * {@code timeout} passes after the last was released.
   */
  Latencies watch(int from, int to, IntSupplier released, Duration timeout)
      throws InterruptedException {
    BitSet seen = new BitSet(to - from);
    List<Long> latencies = new ArrayList<>(to - from);
    long lastRelease = Long.MAX_VALUE;
    int lowest = from;
    while (true) {
      long round = System.nanoTime();
      int out = Math.min(to, released.getAsInt());
      if (out == to && lastRelease == Long.MAX_VALUE) {
        lastRelease = round;
      }
      while (lowest < out && seen.get(lowest - from)) {
        lowest++;
      }
      if (lowest == to || round - lastRelease > timeout.toNanos()) {
        return new Latencies(latencies, to - from - seen.cardinality());
      }
      List<String> pending = new ArrayList<>();
      for (int n = lowest; n < out && pending.size() < MAX_TERMS; n++) {
        if (!seen.get(n - from)) {
          pending.add(BenchStories.url(StoryFeedServer.STORY_URL_PREFIX, n));
        }
      }
      if (!pending.isEmpty()) {
        Instant sent = Instant.now();
        for (JsonNode hit : search(pending)) {
          String url = hit.path("_source").path("url").asText();
          int n = Integer.parseInt(url.substring(StoryFeedServer.STORY_URL_PREFIX.length()));
          if (n >= from && n < to && !seen.get(n - from)) {
            seen.set(n - from);
            Instant fetched = Instant.parse(hit.path("_source").path("fetchedAt").asText());
            latencies.add(Duration.between(fetched, sent).toMillis());
          }
        }
      }
      long pause = INTERVAL.toNanos() - (System.nanoTime() - round);
      if (pause > 0) {
        Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
      }
    }
  }

  private JsonNode search(List<String> urls) throws InterruptedException {
    ObjectNode query = JSON.createObjectNode();
    query.put("size", urls.size());
    query.put("track_total_hits", false);
    query.putArray("_source").add("url").add("fetchedAt");
    ArrayNode terms = query.putObject("query").putObject("terms").putArray("url");
    urls.forEach(terms::add);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(searchUrl))
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(10))
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(query)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // 404 until search-service has created the index: nothing is searchable yet.
      return response.statusCode() == 200
          ? JSON.readTree(response.body()).path("hits").path("hits")
          : JSON.createArrayNode();
    } catch (IOException e) {
      return JSON.createArrayNode();
    }
  }

  /** Documents searchable now in the index (a plain count: no refresh forced). */
  long count() throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(searchUrl.replace("/_search", "/_count")))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? JSON.readTree(response.body()).path("count").asLong()
          : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
