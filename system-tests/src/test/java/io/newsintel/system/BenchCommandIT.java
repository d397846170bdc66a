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
 * {@code ./run.sh bench --quick} (the CI smoke run of the benchmark) from the built jars: it
 * finishes, and its last line is one JSON object with every figure present and sane. Timings are
 * not asserted: this machine is shared and slow on purpose.
 */
class BenchCommandIT {

  @TempDir Path dir;

  @Test
  void quickBenchmarkEndsWithOneJsonObjectOfSaneFigures() throws Exception {
    LauncherCommand.Outcome run =
        LauncherCommand.run(
            "io.newsintel.infra.bench.BenchCommand",
            List.of("--quick"),
            dir,
            Duration.ofMinutes(20));
    String stdout = run.stdout();
    String why = run.transcript();
    assertThat(run.exitValue()).as(why).isZero();
    JsonNode json = EventJson.mapper().readTree(run.lastLine());

    assertThat(json.path("quick").asBoolean()).isTrue();
    assertThat(json.path("complete").asBoolean()).as(why).isTrue();
    assertThat(json.path("throughputSearchable").asLong())
        .isEqualTo(json.path("throughputStories").asLong())
        .isPositive();
    for (String positive :
        List.of(
            "e2eStoriesPerSec",
            "directBulkStoriesPerSec",
            "ratio",
            "taggingStoriesPerSecPerCore",
            "alertMatchStoriesPerSec",
            "feedsPolledPerSec",
            "latencyStoriesSeen")) {
      assertThat(json.path(positive).asDouble()).as(positive).isPositive();
    }
    assertThat(json.path("latencyP50Ms").asLong())
        .isGreaterThanOrEqualTo(0)
        .isLessThanOrEqualTo(json.path("latencyP99Ms").asLong());
    assertThat(json.path("latencyP99Ms").asLong())
        .isLessThanOrEqualTo(json.path("latencyMaxMs").asLong());
    assertThat(json.path("alertMatchSubscriptions").asInt()).isEqualTo(10_000);
    assertThat(json.path("feedPollCycleErrors").asLong()).isZero();
    assertThat(json.path("processes").propertyNames())
        .contains("kafka", "elasticsearch", "ingest-service", "enrich-service", "search-service");
    json.path("processes")
        .forEach(p -> assertThat(p.path("peakRssMb").asLong()).as(p.toString()).isPositive());
    assertThat(json.path("machine").path("cores").asInt()).isPositive();
    // The quick run leaves docs/BENCHMARKS.md alone.
    assertThat(stdout).doesNotContain("Figures written to");
  }
}
