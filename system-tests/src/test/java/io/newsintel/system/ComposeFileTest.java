package io.newsintel.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.infra.InfraDistribution;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** docker-compose.yml takes its versions from .env; the parent pom stays the one place for them. */
class ComposeFileTest {

  private static final Path ROOT =
      Path.of(System.getProperty("news.repository.root", "..")).toAbsolutePath().normalize();

  @Test
  void composeRunsTheKafkaAndElasticsearchVersionsOfTheParentPom() throws IOException {
    Properties env = new Properties();
    try (Reader reader = Files.newBufferedReader(ROOT.resolve(".env"), StandardCharsets.UTF_8)) {
      env.load(reader);
    }
    InfraDistribution build = InfraDistribution.fromBuild();

    assertThat(env.getProperty("KAFKA_VERSION")).isEqualTo(build.kafkaVersion());
    assertThat(env.getProperty("ELASTICSEARCH_VERSION")).isEqualTo(build.elasticsearchVersion());
  }

  @Test
  void composeUsesOnlyKeysThatDebiansDockerComposeAccepts() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8);

    assertThat(compose)
        .doesNotContainPattern("(?m)^name:")
        .doesNotContainPattern("(?m)^include:")
        .doesNotContain("start_interval")
        .contains("${KAFKA_VERSION}")
        .contains("${ELASTICSEARCH_VERSION}");
  }
}
