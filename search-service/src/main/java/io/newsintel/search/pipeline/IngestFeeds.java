package io.newsintel.search.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The feed summary, from ingest-service's {@code GET /api/feeds}. */
@Component
class IngestFeeds {

  private static final TypeReference<List<FeedLine>> FEED_LIST = new TypeReference<>() {};

  private final URI feedsUri;
  private final IngestServiceProperties properties;
  private final HttpClient http;
  private final JsonMapper json;

  IngestFeeds(IngestServiceProperties properties, JsonMapper json) {
    this.properties = properties;
    this.feedsUri = feedsUri(properties.baseUrl());
    this.json = json;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static URI feedsUri(URI baseUrl) {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + "api/feeds");
  }

  /** The summary; throws with a message fit for the {@code errors} list when there is none. */
  FeedsSummary summary() throws IngestUnavailableException {
    HttpRequest request =
        HttpRequest.newBuilder(feedsUri)
            .timeout(properties.timeout())
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IngestUnavailableException(
          "ingest-service at " + properties.baseUrl() + " did not answer: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestUnavailableException("interrupted while asking ingest-service for feeds");
    }
    if (response.statusCode() != 200) {
      throw new IngestUnavailableException(
          "ingest-service at " + feedsUri + " answered HTTP " + response.statusCode());
    }
    try {
      return summarise(json.readValue(response.body(), FEED_LIST));
    } catch (JacksonException e) {
      throw new IngestUnavailableException(
          "ingest-service at " + feedsUri + " answered something that is not a feed list");
    }
  }

  static FeedsSummary summarise(List<FeedLine> feeds) {
    List<FeedsSummary.FailingFeed> failing =
        feeds.stream()
            .filter(FeedLine::failing)
            .map(f -> new FeedsSummary.FailingFeed(f.id(), f.url(), f.name(), f.lastError()))
            .toList();
    return new FeedsSummary(feeds.size(), failing.size(), failing);
  }

  private static String describe(IOException e) {
    // Words for the dashboard, not class names: the JDK client's exceptions often carry no message.
    if (e instanceof java.net.ConnectException) {
      return "connection refused (is it running?)";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "no answer in time";
    }
    return e.getMessage() == null ? "the connection failed" : e.getMessage();
  }

  /** The fields of ingest-service's feed status this summary needs. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record FeedLine(String id, String url, String name, String lastError, boolean failing) {}

  /** ingest-service could not be asked, or gave no usable answer. */
  static final class IngestUnavailableException extends Exception {
    IngestUnavailableException(String message) {
      super(message);
    }
  }
}
