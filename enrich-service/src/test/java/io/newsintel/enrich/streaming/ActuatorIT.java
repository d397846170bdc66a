package io.newsintel.enrich.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.testinfra.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @LocalServerPort private int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("spring.kafka.consumer.group-id", () -> "enrich-actuator-it-" + RUN);
    registry.add("spring.kafka.producer.transaction-id-prefix", () -> "actuator-it-" + RUN + "-");
  }

  @Test
  void exposesHealthWithKafkaDetails() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"kafka\"").contains("listenerRunning");
  }

  @Test
  void exposesTaggingMetricsForPrometheus() throws Exception {
    HttpResponse<String> metrics = get("/actuator/prometheus");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("enrich_tagging_time").contains("enrich_catalog_actors");
  }

  @Test
  void exposesNoOtherActuatorEndpoint() throws Exception {
    assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    for (String closed :
        List.of(
            "env",
            "heapdump",
            "threaddump",
            "configprops",
            "beans",
            "loggers",
            "mappings",
            "metrics",
            "conditions",
            "scheduledtasks",
            "caches",
            "shutdown",
            "startup",
            "sbom",
            "logfile",
            "httpexchanges",
            "auditevents")) {
      assertThat(get("/actuator/" + closed).statusCode()).as(closed).isEqualTo(404);
    }
    assertThat(
            http.send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/shutdown"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
    assertThat(get("/actuator").body()).doesNotContain("\"env\"", "heapdump", "configprops");
  }

  @Test
  void answersAnUnknownPathWithAProblemDetailAndNoStackTrace() throws Exception {
    HttpResponse<String> response = get("/no/such/page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
