package io.newsintel.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server software the build prepared: the Kafka broker's classpath and the unpacked
 * Elasticsearch distribution, at the versions the parent pom declares.
 *
 * @param home the folder holding {@code kafka-libs/} and {@code elasticsearch-<version>/}
 */
public record InfraDistribution(Path home, String kafkaVersion, String elasticsearchVersion) {

  /** Environment variable that points at another prepared distribution folder. */
  public static final String HOME_ENV = "NEWS_INFRA_HOME";

  /** The distribution this build of local-infra was made with. */
  public static InfraDistribution fromBuild() {
    Properties properties = new Properties();
    try (InputStream in = InfraDistribution.class.getResourceAsStream("infra.properties")) {
      if (in == null) {
        throw new InfrastructureException("infra.properties is missing from local-infra's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String override = System.getenv(HOME_ENV);
    Path home =
        Path.of(
            override != null && !override.isBlank()
                ? override
                : properties.getProperty("infra.home"));
    return new InfraDistribution(
        home.toAbsolutePath(),
        properties.getProperty("kafka.version"),
        properties.getProperty("elasticsearch.version"));
  }

  public Path kafkaLibs() {
    return requireDirectory(home.resolve("kafka-libs"), "the Kafka broker libraries");
  }

  public Path elasticsearchHome() {
    Path es =
        requireDirectory(home.resolve("elasticsearch-" + elasticsearchVersion), "Elasticsearch");
    if (!Files.isExecutable(es.resolve("bin/elasticsearch"))) {
      throw new InfrastructureException(
          es.resolve("bin/elasticsearch")
              + " is not executable: rebuild local-infra (./mvnw -pl local-infra clean package)");
    }
    return es;
  }

  private Path requireDirectory(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new InfrastructureException(
          what
              + " not found at "
              + dir
              + ": build the project first (./mvnw -q install -DskipTests), or point "
              + HOME_ENV
              + " at a prepared folder");
    }
    return dir;
  }
}
