package io.newsintel.infra.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How to run the three services against a Kafka and an Elasticsearch that are already up.
 *
 * @param repositoryRoot the checkout holding {@code <module>/target/<module>.jar}
 * @param ports port per service; 0 for any free port
 * @param feeds the feed URLs ingest-service polls; empty for its own defaults
 * @param allowPrivateAddresses whether ingest-service and webhooks may reach loopback and private
 *     addresses (the demo feeds are served on loopback)
 * @param extraEnvironment more environment for every service (for tests: short poll intervals)
 */
public record StackSettings(
    Path repositoryRoot,
    String kafkaBootstrapServers,
    String elasticsearchUrl,
    String apiKey,
    Map<ServiceName, Integer> ports,
    List<String> feeds,
    boolean allowPrivateAddresses,
    Path logDir,
    String javaOptions,
    Duration startTimeout,
    Map<String, String> extraEnvironment) {

  public StackSettings {
    ports = Map.copyOf(ports);
    feeds = List.copyOf(feeds);
    extraEnvironment = Map.copyOf(extraEnvironment);
  }

  public int port(ServiceName service) {
    return ports.getOrDefault(service, service.defaultPort());
  }

  public Path jar(ServiceName service) {
    return repositoryRoot
        .resolve(service.module())
        .resolve("target")
        .resolve(service.module() + ".jar");
  }
}
