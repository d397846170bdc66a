package io.newsintel.search.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.newsintel.search.KafkaTestSupport;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.AlertApi;
import io.newsintel.testinfra.TestInfrastructure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A webhook that answers with a redirect must not lead the service anywhere else: the address guard
 * checks the registered URL only, so following a redirect would be a way past it. The story goes
 * the whole way (Kafka, Elasticsearch, matching, delivery); the redirect target must never be
 * called and the delivery must count as failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class WebhookRedirectIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String SOURCE = "Webhook redirect IT " + RUN;
  private static final String API_KEY = "webhook-redirect-it-key";

  private static final AtomicInteger redirected = new AtomicInteger();
  private static final AtomicInteger reachedInside = new AtomicInteger();
  private static HttpServer site;
  private static KafkaTestSupport kafka;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> "stories-it-redirect-" + RUN);
    registry.add("spring.kafka.consumer.group-id", () -> "search-it-redirect-" + RUN);
    registry.add("news.api-key", () -> API_KEY);
    registry.add("search.alerts.topics.subscriptions", () -> "it-redirect-subscriptions-" + RUN);
    registry.add("search.alerts.topics.alerted", () -> "it-redirect-alerted-" + RUN);
    registry.add("search.alerts.topics.status", () -> "it-redirect-status-" + RUN);
    registry.add("search.alerts.topics.digests", () -> "it-redirect-digests-" + RUN);
    registry.add("search.alerts.topics.retries", () -> "it-redirect-retries-" + RUN);
    registry.add("search.alerts.delivery.group-id", () -> "it-redirect-delivery-" + RUN);
    // The webhook is on loopback, so loopback must be allowed; what is tested is that the
    // redirect is not followed at all, to any address.
    registry.add("search.alerts.subscriptions.allow-private-addresses", () -> "true");
    registry.add("search.alerts.delivery.initial-backoff", () -> "200ms");
    registry.add("search.alerts.delivery.max-backoff", () -> "800ms");
    registry.add("search.alerts.delivery.give-up-after", () -> "3s");
  }

  @LocalServerPort int port;

  @BeforeAll
  static void start() throws IOException {
    kafka = new KafkaTestSupport();
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext(
        "/hook",
        exchange -> {
          redirected.incrementAndGet();
          exchange.getResponseHeaders().set("Location", url("/inside"));
          exchange.sendResponseHeaders(307, -1);
          exchange.close();
        });
    site.createContext(
        "/inside",
        exchange -> {
          reachedInside.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    site.start();
  }

  @AfterAll
  static void stop() {
    kafka.close();
    site.stop(0);
  }

  @Test
  void neverFollowsAWebhookRedirect() {
    AlertApi api = new AlertApi(port, API_KEY);
    String subscriptionId =
        api.subscribe(
                Map.of(
                    "name",
                    "redirecting hook",
                    "query",
                    "APT28 Germany",
                    "filters",
                    Map.of("source", SOURCE),
                    "webhookUrl",
                    url("/hook")))
            .get("id")
            .asString();
    String story = "it-" + RUN + "-nato";
    kafka.publish(story, TestStories.natoCondemnsApt28(story, SOURCE, Instant.now()));

    JsonNode status =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> api.subscription(subscriptionId).get("status"),
                s -> "dead-lettered".equals(s.path("lastOutcome").asString()));

    assertThat(redirected.get()).isGreaterThanOrEqualTo(1);
    assertThat(reachedInside.get()).isZero();
    assertThat(status.get("delivered").asLong()).isZero();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + site.getAddress().getPort() + path;
  }
}
