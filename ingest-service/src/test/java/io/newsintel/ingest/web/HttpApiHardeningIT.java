package io.newsintel.ingest.web;

import io.newsintel.testinfra.TestInfrastructure;
import io.newsintel.testinfra.web.HttpApiHardeningBattery;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link HttpApiHardeningBattery} against this service on a real Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closed afterwards: its pollers and consumers would otherwise run on beside the later tests.
@DirtiesContext
class HttpApiHardeningIT extends HttpApiHardeningBattery {

  @DynamicPropertySource
  static void infra(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
    registry.add("ingest.feeds", () -> "");
    registry.add("news.api-key", () -> API_KEY);
    registry.add("ingest.topics.seen-stories", () -> "ingest.seen-stories.hardening-it");
    registry.add("ingest.topics.feeds", () -> "ingest.feeds.hardening-it");
    registry.add("ingest.topics.feed-owners-group", () -> "owners-hardening-it");
    // The request logging a developer might switch on must not reveal the key either.
    registry.add("logging.level.org.springframework.web", () -> "DEBUG");
    registry.add("logging.level.io.newsintel", () -> "DEBUG");
  }

  @Override
  protected List<String> endpointsItMustFind() {
    return List.of(
        "GET /api/feeds",
        "POST /api/feeds",
        "GET /api/feeds/{id}",
        "DELETE /api/feeds/{id}",
        "GET /api/feeds/opml",
        "POST /api/feeds/opml",
        "POST /api/feeds/refresh",
        "POST /api/feeds/{id}/refresh");
  }
}
