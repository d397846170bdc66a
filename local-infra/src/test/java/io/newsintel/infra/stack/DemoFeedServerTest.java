package io.newsintel.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DemoFeedServerTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesEachBundledFeedWithItsTypeAndAnswersConditionalRequestsWith304() throws Exception {
    try (DemoFeedServer server = DemoFeedServer.start()) {
      assertThat(server.feedUrls()).hasSize(3);
      String url = server.url("unn-world-en.xml");

      HttpResponse<String> first =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.headers().firstValue("Content-Type"))
          .hasValue("application/rss+xml; charset=utf-8");
      assertThat(first.body()).contains("NATO condemns Russian cyber campaign");
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(server.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void anUnknownFeedIsA404() throws Exception {
    try (DemoFeedServer server = DemoFeedServer.start()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(server.url("nope.xml"))).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(404);
    }
  }
}
