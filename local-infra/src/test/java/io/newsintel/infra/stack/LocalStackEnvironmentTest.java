package io.newsintel.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackEnvironmentTest {

  private static final Map<ServiceName, Integer> PORTS =
      Map.of(ServiceName.SEARCH, 18080, ServiceName.INGEST, 18081, ServiceName.ENRICH, 18082);

  private static final StackSettings SETTINGS =
      new StackSettings(
          Path.of("."),
          "127.0.0.1:19092",
          "http://127.0.0.1:19200",
          "key",
          PORTS,
          List.of(),
          false,
          Path.of("logs"),
          "",
          Duration.ofSeconds(60),
          Map.of());

  @Test
  void searchServiceIsToldWhereIngestServiceAnswers() {
    Map<String, String> env = LocalStack.environment(SETTINGS, ServiceName.SEARCH, PORTS);

    assertThat(env)
        .containsEntry("SEARCH_PORT", "18080")
        .containsEntry("SEARCH_INGEST_BASEURL", "http://127.0.0.1:18081");
  }

  @Test
  void otherServicesGetOnlyTheirOwnPort() {
    Map<String, String> env = LocalStack.environment(SETTINGS, ServiceName.ENRICH, PORTS);

    assertThat(env)
        .containsEntry("ENRICH_PORT", "18082")
        .doesNotContainKey("SEARCH_INGEST_BASEURL");
  }
}
