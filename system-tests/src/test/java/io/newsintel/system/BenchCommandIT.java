package io.newsintel.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.serde.EventJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./run.sh bench --quick} (the CI smoke run of the benchmark) from the built jars: it
 * finishes, and its last line is one JSON object with every figure present and sane. Timings are
 * not asserted: this machine is shared and slow on purpose.
 */
class BenchCommandIT {

  private static final Path ROOT =
      Path.of(System.getProperty("news.repository.root", "..")).toAbsolutePath().normalize();

  @TempDir Path dir;

  @Test
  void quickBenchmarkEndsWithOneJsonObjectOfSaneFigures() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(
        ROOT.resolve("local-infra/target/local-infra.jar")
            + ":"
            + ROOT.resolve("local-infra/target/infra/kafka-libs/*"));
    command.add("io.newsintel.infra.bench.BenchCommand");
    command.add("--quick");
    Path out = dir.resolve("bench.out");
    Path err = dir.resolve("bench.err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    // Any free ports: never the developer's running stack. The work folder stays the launcher's
    // (each run gets its own folder there): Elasticsearch's user cannot enter a JUnit temp folder.
    for (String port :
        List.of("KAFKA_PORT", "ELASTICSEARCH_PORT", "SEARCH_PORT", "INGEST_PORT", "ENRICH_PORT")) {
      env.put(port, "0");
    }
    env.put("NEWS_STACK_ROOT", ROOT.toString());
    Process process = builder.start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      process.destroy();
      process.waitFor(60, TimeUnit.SECONDS);
      process.destroyForcibly();
      throw new AssertionError("./run.sh bench --quick did not finish within 20 minutes");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String why = stdout + Files.readString(err, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(why).isZero();
    List<String> lines = stdout.lines().filter(l -> !l.isBlank()).toList();
    JsonNode json = EventJson.mapper().readTree(lines.get(lines.size() - 1));

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
