package io.newsintel.enrich.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.enrich.support.Stories;
import io.newsintel.testinfra.ExportedMetrics;
import io.newsintel.testinfra.TestInfrastructure;
import io.newsintel.testinfra.web.ClosedActuatorEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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
  void exposesHealthAndReadinessWithKafkaDetails() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"kafka\"").contains("listenerRunning");
    HttpResponse<String> readiness = get("/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).contains("\"kafka\"");
  }

  @Test
  void exposesTaggingMetricsForPrometheusOnceAStoryIsTagged() throws Exception {
    String id = "actuator-it-" + RUN;
    publishRaw(
        Stories.story(
            id,
            "NATO condemns APT28 campaign against Germany",
            "Germany attributes the attack on the SPD to APT28, also known as Fancy Bear.",
            null));

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              HttpResponse<String> metrics = get("/actuator/prometheus");
              assertThat(metrics.statusCode()).isEqualTo(200);
              assertThat(metrics.body())
                  .contains("enrich_catalog_actors")
                  .containsPattern("enrich_stories_total\\{[^}]*outcome=\"tagged\"[^}]*\\} [1-9]")
                  .containsPattern("enrich_tags_total\\{[^}]*kind=\"actor\"");
              assertThat(ExportedMetrics.missingFrom("enrich-service", metrics.body())).isEmpty();
            });
  }

  @Test
  void exposesNoOtherActuatorEndpoint() throws Exception {
    assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    for (String closed : ClosedActuatorEndpoints.NAMES) {
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

  private static void publishRaw(Object story) throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    try (KafkaProducer<String, Object> producer =
        new KafkaProducer<>(config, new StringSerializer(), new EventSerializer())) {
      producer
          .send(new ProducerRecord<>(Topics.NEWS_RAW.name(), "actuator-it-" + RUN, story))
          .get();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
