package io.newsintel.search.web;

import io.newsintel.testinfra.TestInfrastructure;
import io.newsintel.testinfra.web.HttpApiHardeningBattery;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link HttpApiHardeningBattery} against this service on real Kafka and Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: its consumers would otherwise run on beside the later tests.
@DirtiesContext
class HttpApiHardeningIT extends HttpApiHardeningBattery {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("search.elasticsearch.url", TestInfrastructure::elasticsearchUrl);
    registry.add("search.index.alias", () -> "stories-it-hardening-" + RUN);
    registry.add("spring.kafka.consumer.group-id", () -> "search-it-hardening-" + RUN);
    registry.add("search.alerts.topics.subscriptions", () -> "it-hardening-subscriptions-" + RUN);
    registry.add("search.alerts.topics.status", () -> "it-hardening-status-" + RUN);
    registry.add("search.alerts.topics.retries", () -> "it-hardening-retries-" + RUN);
    registry.add("search.alerts.topics.digests", () -> "it-hardening-digests-" + RUN);
    registry.add("search.alerts.topics.alerted", () -> "it-hardening-alerted-" + RUN);
    registry.add("news.api-key", () -> API_KEY);
    // The request logging a developer might switch on must not reveal the key either.
    registry.add("logging.level.org.springframework.web", () -> "DEBUG");
    registry.add("logging.level.io.newsintel", () -> "DEBUG");
  }

  @Override
  protected List<String> endpointsItMustFind() {
    return List.of(
        "GET /api/stories",
        "GET /api/stories/{id}",
        "GET /api/stories/{id}/related",
        "GET /api/stats/timeline",
        "GET /api/stats/claims",
        "GET /api/alerts/stream",
        "POST /api/subscriptions",
        "GET /api/subscriptions",
        "GET /api/subscriptions/{id}",
        "DELETE /api/subscriptions/{id}");
  }
}
