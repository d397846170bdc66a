package io.newsintel.search.alert;

import io.newsintel.search.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The subscriptions API over HTTP, as a user's script calls it. */
public final class AlertApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String apiKey;

  public AlertApi(int port, String apiKey) {
    this.base = "http://127.0.0.1:" + port;
    this.apiKey = apiKey;
  }

  public ApiClient.Response post(String path, Object body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("X-API-Key", apiKey)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  public ApiClient.Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public ApiClient.Response get(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET());
  }

  public ApiClient.Response delete(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", apiKey).DELETE());
  }

  /** Creates a subscription and returns the answer's JSON; fails the test unless 201. */
  public JsonNode subscribe(Map<String, Object> body) {
    ApiClient.Response response = post("/api/subscriptions", body);
    if (response.status() != 201) {
      throw new AssertionError(
          "POST /api/subscriptions answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  public JsonNode subscription(String id) {
    ApiClient.Response response = get("/api/subscriptions/" + id);
    if (response.status() != 200) {
      throw new AssertionError(
          "GET subscription answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  private ApiClient.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new ApiClient.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
