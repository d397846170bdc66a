package io.newsintel.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over HTTP, as a user's script would. */
public final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Response get(String pathAndQuery) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body of a 200 answer; fails the test on any other status. */
  public JsonNode getJson(String pathAndQuery) {
    Response response = get(pathAndQuery);
    if (response.status() != 200) {
      throw new AssertionError(
          "GET " + pathAndQuery + " answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  public record Response(int status, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
