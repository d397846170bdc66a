package io.newsintel.testinfra;

import io.newsintel.infra.Console;
import io.newsintel.infra.InfraSettings;
import io.newsintel.infra.LocalInfrastructure;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Hands integration tests a real Kafka bootstrap address and a real Elasticsearch URL, started once
 * per JVM, from the first source that is available:
 *
 * <ol>
 *   <li>servers already running, when {@code NEWS_TEST_KAFKA_BOOTSTRAP_SERVERS} and/or {@code
 *       NEWS_TEST_ELASTICSEARCH_URL} are set (environment or system property);
 *   <li>Testcontainers (Kafka and Elasticsearch at the versions of the parent pom) when a Docker
 *       engine answers;
 *   <li>otherwise the local real processes of {@code local-infra}, on free ports.
 * </ol>
 *
 * {@code NEWS_TEST_INFRA=local|containers} forces one of the last two. Tests never know which one
 * they got; none is ever skipped for lack of Docker.
 */
public final class TestInfrastructure {

  public static final String KAFKA_ENV = "NEWS_TEST_KAFKA_BOOTSTRAP_SERVERS";
  public static final String ELASTICSEARCH_ENV = "NEWS_TEST_ELASTICSEARCH_URL";
  public static final String MODE_ENV = "NEWS_TEST_INFRA";

  private static volatile Servers servers;

  private TestInfrastructure() {}

  /** {@code host:port} of a real Kafka broker. */
  public static String kafkaBootstrapServers() {
    return servers().kafkaBootstrapServers();
  }

  /** {@code http://host:port} of a real Elasticsearch. */
  public static String elasticsearchUrl() {
    return servers().elasticsearchUrl();
  }

  /** Which kind of servers the tests got, for test reports. */
  public static String description() {
    return servers().description();
  }

  private static Servers servers() {
    Servers current = servers;
    if (current == null) {
      synchronized (TestInfrastructure.class) {
        current = servers;
        if (current == null) {
          current = startServers(setting(MODE_ENV));
          Servers started = current;
          Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "test-infra-shutdown"));
          servers = current;
        }
      }
    }
    return current;
  }

  private static Servers startServers(String mode) {
    String kafka = setting(KAFKA_ENV);
    String elasticsearch = setting(ELASTICSEARCH_ENV);
    if (kafka != null && elasticsearch != null) {
      return new Servers(kafka, elasticsearch, "configured servers", () -> {});
    }
    boolean containers = "containers".equals(mode) || (!"local".equals(mode) && dockerAnswers());
    Servers started = containers ? startContainers() : startLocalProcesses();
    // A configured server wins over a started one, so one of the two can be shared.
    return new Servers(
        kafka != null ? kafka : started.kafkaBootstrapServers(),
        elasticsearch != null ? elasticsearch : started.elasticsearchUrl(),
        started.description(),
        started.stopper());
  }

  private static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static Servers startContainers() {
    Map<String, String> versions = Versions.fromBuild();
    KafkaContainer kafka = new KafkaContainer("apache/kafka:" + versions.get("kafka.version"));
    ElasticsearchContainer elasticsearch =
        new ElasticsearchContainer(
                "docker.elastic.co/elasticsearch/elasticsearch:"
                    + versions.get("elasticsearch.version"))
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    kafka.start();
    elasticsearch.start();
    return new Servers(
        kafka.getBootstrapServers(),
        "http://" + elasticsearch.getHttpHostAddress(),
        "Testcontainers",
        () -> {
          elasticsearch.stop();
          kafka.stop();
        });
  }

  private static Servers startLocalProcesses() {
    LocalInfrastructure infra =
        LocalInfrastructure.start(
            InfraSettings.forTests(System.getenv()),
            message -> Console.progress("[test-infra] " + message));
    return new Servers(
        infra.kafka().bootstrapServers(),
        infra.elasticsearch().url(),
        "local processes (" + infra.runDir() + ")",
        infra::close);
  }

  private static String setting(String name) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? null : value.trim();
  }

  private record Servers(
      String kafkaBootstrapServers, String elasticsearchUrl, String description, Runnable stopper) {
    void stop() {
      stopper.run();
    }
  }
}
