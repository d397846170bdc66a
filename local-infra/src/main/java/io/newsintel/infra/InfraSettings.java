package io.newsintel.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to run the local servers. Ports of 0 mean "any free port" (what tests use).
 *
 * @param workDir where per-run data folders (and, when needed, a copy of the distribution that an
 *     unprivileged user can read) are kept
 * @param keepData whether a run's data folder survives a clean shutdown
 */
public record InfraSettings(
    Path workDir,
    int kafkaPort,
    int kafkaControllerPort,
    int elasticsearchPort,
    int elasticsearchTransportPort,
    String kafkaHeap,
    String elasticsearchHeap,
    Duration startTimeout,
    long minimumFreeDiskBytes,
    boolean keepData,
    String unprivilegedUser,
    String unprivilegedGroup) {

  public static final String WORKDIR_ENV = "NEWS_INFRA_WORKDIR";
  public static final String KAFKA_PORT_ENV = "KAFKA_PORT";
  public static final String KAFKA_CONTROLLER_PORT_ENV = "KAFKA_CONTROLLER_PORT";
  public static final String ELASTICSEARCH_PORT_ENV = "ELASTICSEARCH_PORT";
  public static final String ELASTICSEARCH_TRANSPORT_PORT_ENV = "ELASTICSEARCH_TRANSPORT_PORT";

  /**
   * The defaults of DESIGN.md (Kafka 9092, Elasticsearch 9200), each overridable by environment.
   */
  public static InfraSettings fromEnvironment(Map<String, String> env) {
    return new InfraSettings(
        Path.of(env.getOrDefault(WORKDIR_ENV, defaultWorkDir().toString())),
        intValue(env, KAFKA_PORT_ENV, 9092),
        intValue(env, KAFKA_CONTROLLER_PORT_ENV, 0),
        intValue(env, ELASTICSEARCH_PORT_ENV, 9200),
        intValue(env, ELASTICSEARCH_TRANSPORT_PORT_ENV, 0),
        env.getOrDefault("KAFKA_HEAP", "512m"),
        env.getOrDefault("ELASTICSEARCH_HEAP", "512m"),
        Duration.ofSeconds(intValue(env, "NEWS_INFRA_START_TIMEOUT_SECONDS", 180)),
        512L * 1024 * 1024,
        Boolean.parseBoolean(env.getOrDefault("NEWS_INFRA_KEEP_DATA", "false")),
        env.getOrDefault("NEWS_INFRA_ES_USER", "nobody"),
        env.getOrDefault("NEWS_INFRA_ES_GROUP", "nogroup"));
  }

  /** Any free ports, so tests never collide with a stack a developer has running. */
  public static InfraSettings forTests(Map<String, String> env) {
    InfraSettings defaults = fromEnvironment(env);
    return new InfraSettings(
        defaults.workDir(),
        0,
        0,
        0,
        0,
        defaults.kafkaHeap(),
        defaults.elasticsearchHeap(),
        defaults.startTimeout(),
        defaults.minimumFreeDiskBytes(),
        false,
        defaults.unprivilegedUser(),
        defaults.unprivilegedGroup());
  }

  static Path defaultWorkDir() {
    // Not under the user's home: when we are root, Elasticsearch runs as another user who must be
    // able to reach it.
    return Path.of(System.getProperty("java.io.tmpdir"), "news-intel");
  }

  private static int intValue(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed < 0 || parsed > 65535) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InfrastructureException(
          name + "=" + value + " is not a valid number (a port is 1-65535).");
    }
  }
}
