package io.newsintel.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.serde.EventJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./run.sh faults --ci}, the short fault-injection run, inside {@code ./mvnw verify}: every
 * kind of fault once (kill -9 of each service, a broker restart, Elasticsearch stopped, poison
 * records on every topic) on a smaller flow, and nothing lost, duplicated or mistagged. The full
 * run ({@code ./run.sh faults}) is documented in RELIABILITY.md.
 */
class FaultsCiIT {

  @TempDir Path dir;

  @Test
  void everyStorySurvivesEveryKindOfFaultExactlyOnceAndPoisonIsDeadLetteredWithItsReason()
      throws Exception {
    LauncherCommand.Outcome run =
        LauncherCommand.run(
            "io.newsintel.infra.faults.FaultsCommand",
            List.of("--ci"),
            dir,
            Duration.ofMinutes(25));
    String why = run.transcript();
    JsonNode json = EventJson.mapper().readTree(run.lastLine());

    assertThat(run.exitValue()).as(why).isZero();
    assertThat(json.path("variant").asString()).isEqualToIgnoringCase("ci");
    assertThat(json.path("published").asLong()).isPositive();
    assertThat(json.path("indexed").asLong()).isEqualTo(json.path("published").asLong());
    assertThat(json.path("lost").asLong()).as(why).isZero();
    assertThat(json.path("duplicated").asLong()).as(why).isZero();
    assertThat(json.path("wrongTags").asLong()).as(why).isZero();
    assertThat(json.path("dlt").propertyNames())
        .contains("news.raw-dlt", "news.enriched-dlt", "news.alerts-dlt");
    long deadLettered = 0;
    for (JsonNode count : json.path("dlt")) {
      assertThat(count.asLong()).isPositive();
      deadLettered += count.asLong();
    }
    assertThat(json.path("dltWithReason").asLong()).isEqualTo(deadLettered);
    assertThat(json.path("healthy").asBoolean()).isTrue();
    assertThat(json.path("scenarios").valueStream().map(JsonNode::asString).toList())
        .anyMatch(s -> s.startsWith("kill-9-ingest-service"))
        .anyMatch(s -> s.startsWith("kill-9-enrich-service"))
        .anyMatch(s -> s.startsWith("kill-9-search-service"))
        .anyMatch(s -> s.startsWith("kafka-restart"))
        .anyMatch(s -> s.startsWith("elasticsearch-down"))
        .anyMatch(s -> s.startsWith("poison"));
  }
}
