package io.newsintel.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.ingest.support.LoopbackFeedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback: every answer a feed server gives. */
class FeedFetcherIT {

  private static final String FEED =
      "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

  private final LoopbackFeedServer server = new LoopbackFeedServer();
  private final CountDownLatch release = new CountDownLatch(1);
  private final FeedFetcher fetcher =
      new FeedFetcher(
          new FetchProperties(
              true,
              Duration.ofSeconds(2),
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              64 * 1024,
              3,
              "news-intel-test/1.0"));

  @AfterEach
  void stop() {
    release.countDown();
    server.close();
  }

  @Test
  void returnsTheBodyAndValidatorsOfA200() throws Exception {
    server.handle(
        "/feed",
        exchange -> {
          assertThat(exchange.getRequestHeaders().getFirst("User-Agent"))
              .isEqualTo("news-intel-test/1.0");
          exchange.getResponseHeaders().set("ETag", "\"v1\"");
          exchange.getResponseHeaders().set("Last-Modified", "Fri, 03 May 2024 10:00:00 GMT");
          exchange.getResponseHeaders().set("Cache-Control", "public, max-age=600");
          LoopbackFeedServer.respond(
              exchange, 200, "application/rss+xml", FEED.getBytes(StandardCharsets.UTF_8));
        });

    FetchResponse response = fetcher.fetch(uri("/feed"), Validators.NONE);

    assertThat(response.ok()).isTrue();
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    assertThat(response.validators())
        .isEqualTo(new Validators("\"v1\"", "Fri, 03 May 2024 10:00:00 GMT"));
    assertThat(response.maxAge()).contains(Duration.ofMinutes(10));
  }

  @Test
  void sendsValidatorsAndReportsA304() throws Exception {
    server.handle(
        "/feed",
        exchange -> {
          boolean fresh =
              "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                  && "Fri, 03 May 2024 10:00:00 GMT"
                      .equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
          LoopbackFeedServer.respond(
              exchange,
              fresh ? 304 : 200,
              null,
              fresh ? new byte[0] : FEED.getBytes(StandardCharsets.UTF_8));
        });

    FetchResponse response =
        fetcher.fetch(uri("/feed"), new Validators("\"v1\"", "Fri, 03 May 2024 10:00:00 GMT"));

    assertThat(response.notModified()).isTrue();
    assertThat(response.body()).isEmpty();
  }

  @Test
  void reportsRetryAfterOfA429() throws Exception {
    server.handle(
        "/feed",
        exchange -> {
          exchange.getResponseHeaders().set("Retry-After", "120");
          LoopbackFeedServer.respond(
              exchange, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });

    FetchResponse response = fetcher.fetch(uri("/feed"), Validators.NONE);

    assertThat(response.status()).isEqualTo(429);
    assertThat(response.retryAfter()).contains(Duration.ofSeconds(120));
  }

  @Test
  void reportsA500AsAnHttpStatusWithoutReadingTheBody() throws Exception {
    server.handle(
        "/feed",
        exchange ->
            LoopbackFeedServer.respond(
                exchange, 500, "text/html", "boom".getBytes(StandardCharsets.UTF_8)));

    FetchResponse response = fetcher.fetch(uri("/feed"), Validators.NONE);

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void followsARedirectChainUpToTheCap() throws Exception {
    server.handle("/a", exchange -> redirect(exchange, "/b"));
    server.handle("/b", exchange -> redirect(exchange, server.url("/c")));
    server.serve("/c", "application/rss+xml", FEED);
    for (int i = 0; i < 5; i++) {
      int next = i + 1;
      server.handle("/loop" + i, exchange -> redirect(exchange, "/loop" + next));
    }

    FetchResponse response = fetcher.fetch(uri("/a"), Validators.NONE);

    assertThat(response.ok()).isTrue();
    assertThat(response.finalUri()).isEqualTo(uri("/c"));
    assertThatThrownBy(() -> fetcher.fetch(uri("/loop0"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("more than 3 redirects");
  }

  @Test
  void checksEveryRedirectHopAgainstTheAddressGuard() {
    // Stands in for "a public feed that redirects into our network": 127.0.0.1 is let through,
    // the name localhost is treated as internal.
    AddressGuard publicOnlyByName =
        new AddressGuard(true) {
          @Override
          public void check(URI uri) throws FetchException {
            if ("localhost".equals(uri.getHost())) {
              throw new BlockedAddressException("refused to fetch localhost");
            }
          }
        };
    FeedFetcher guarded = new FeedFetcher(FetchProperties.defaults(true), publicOnlyByName);
    server.handle(
        "/public",
        exchange -> redirect(exchange, server.url("/internal").replace("127.0.0.1", "localhost")));
    server.serve("/internal", "application/rss+xml", FEED);

    assertThatThrownBy(() -> guarded.fetch(uri("/public"), Validators.NONE))
        .isInstanceOf(BlockedAddressException.class);
    assertThat(server.hits("/public")).isEqualTo(1);
    assertThat(server.hits("/internal")).isZero();
  }

  @Test
  void givesUpOnAServerThatDoesNotAnswerInTime() {
    server.handle(
        "/slow",
        exchange -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    long started = System.nanoTime();
    assertThatThrownBy(() -> fetcher.fetch(uri("/slow"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("in time");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesABodyOverTheSizeCap() {
    server.handle(
        "/big",
        exchange ->
            LoopbackFeedServer.respond(exchange, 200, "application/rss+xml", new byte[200 * 1024]));

    assertThatThrownBy(() -> fetcher.fetch(uri("/big"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void decodesGzipAndCapsWhatItExpandsTo() throws Exception {
    server.handle("/gzip", exchange -> gzipped(exchange, FEED.getBytes(StandardCharsets.UTF_8)));
    server.handle("/bomb", exchange -> gzipped(exchange, new byte[1024 * 1024]));

    FetchResponse response = fetcher.fetch(uri("/gzip"), Validators.NONE);

    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    assertThatThrownBy(() -> fetcher.fetch(uri("/bomb"), Validators.NONE))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("expands past");
  }

  private URI uri(String path) {
    return URI.create(server.url(path));
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) {
    exchange.getResponseHeaders().set("Location", location);
    LoopbackFeedServer.respond(exchange, 302, null, new byte[0]);
  }

  private static void gzipped(com.sun.net.httpserver.HttpExchange exchange, byte[] plain) {
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (OutputStream gzip = new GZIPOutputStream(buffer)) {
        gzip.write(plain);
      }
      assertThat(exchange.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      LoopbackFeedServer.respond(exchange, 200, "application/rss+xml", buffer.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
