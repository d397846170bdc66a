package io.newsintel.search.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsintel.search.pipeline.IngestServiceProperties;
import io.newsintel.search.web.ApiKeyProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The proxy's contract, against a loopback HTTP server that records what reaches it (standing in
 * for ingest-service; the browser test runs the real one).
 */
@WebMvcTest(controllers = FeedsProxyController.class)
@EnableConfigurationProperties({
  IngestServiceProperties.class,
  FeedsProxyProperties.class,
  ApiKeyProperties.class
})
class FeedsProxyWebTest {

  private static final List<String> received = new CopyOnWriteArrayList<>();
  private static final HttpServer ingest = startIngest();

  @DynamicPropertySource
  static void ingestAddress(DynamicPropertyRegistry registry) {
    registry.add(
        "search.ingest.base-url", () -> "http://127.0.0.1:" + ingest.getAddress().getPort());
    registry.add("news.api-key", () -> "proxy-test-key");
  }

  @Autowired MockMvcTester mvc;

  @BeforeEach
  void forget() {
    received.clear();
  }

  @AfterAll
  static void stop() {
    ingest.stop(0);
  }

  @Test
  void answersTheFeedListOfIngestServiceAsIs() {
    MvcTestResult result = mvc.get().uri("/api/feeds").exchange();

    assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
    assertThat(result).bodyJson().extractingPath("$[0].lastError").asString().isEqualTo("HTTP 404");
    assertThat(received).containsExactly("GET /api/feeds key=null");
  }

  @Test
  void passesTheApiKeyAndTheBodyThroughOnWritesAndKeepsTheStatus() {
    MvcTestResult result =
        mvc.post()
            .uri("/api/feeds")
            .header("X-API-Key", "proxy-test-key")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"url\":\"https://example.org/feed.xml\"}")
            .exchange();

    assertThat(result).hasStatus(HttpStatus.CREATED);
    assertThat(received)
        .containsExactly(
            "POST /api/feeds key=proxy-test-key body={\"url\":\"https://example.org/feed.xml\"}");
  }

  @Test
  void refreshesOneFeedByItsIdOnly() {
    assertThat(
            mvc.post()
                .uri("/api/feeds/{id}/refresh", "0123456789abcdef")
                .header("X-API-Key", "proxy-test-key")
                .exchange())
        .hasStatusOk();
    assertThat(
            mvc.post()
                .uri("/api/feeds/{id}/refresh", "..%2F..%2Factuator")
                .header("X-API-Key", "proxy-test-key")
                .exchange())
        .hasStatus(HttpStatus.BAD_REQUEST);

    assertThat(received)
        .containsExactly("POST /api/feeds/0123456789abcdef/refresh key=proxy-test-key");
  }

  @Test
  void saysWhatToDoWhenIngestServiceIsNotReachable() {
    IngestServiceProperties down =
        new IngestServiceProperties(
            java.net.URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2));
    MockMvcTester offline =
        MockMvcTester.of(
            new FeedsProxyController(down, new FeedsProxyProperties(Duration.ofSeconds(5))));

    MvcTestResult result = offline.get().uri("/api/feeds").exchange();

    assertThat(result).hasStatus(HttpStatus.BAD_GATEWAY);
    assertThat(result)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("not reachable", "SEARCH_INGEST_BASEURL");
  }

  private static HttpServer startIngest() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/",
          exchange -> {
            try (exchange) {
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              received.add(
                  exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestURI().getPath()
                      + " key="
                      + exchange.getRequestHeaders().getFirst("X-API-Key")
                      + (body.isEmpty() ? "" : " body=" + body));
              byte[] answer =
                  "[{\"id\":\"0123456789abcdef\",\"lastError\":\"HTTP 404\"}]"
                      .getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              int status =
                  "POST".equals(exchange.getRequestMethod()) && body.length() > 0 ? 201 : 200;
              exchange.sendResponseHeaders(status, answer.length);
              exchange.getResponseBody().write(answer);
            }
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
