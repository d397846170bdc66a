package io.newsintel.system;

import io.newsintel.infra.Console;
import io.newsintel.infra.stack.DemoFeedServer;
import io.newsintel.infra.stack.LocalStack;
import io.newsintel.infra.stack.ServiceName;
import io.newsintel.infra.stack.ServiceProcess;
import io.newsintel.infra.stack.StackSettings;
import io.newsintel.testinfra.TestInfrastructure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the system tests run: the deployable jars of the three services as processes (as {@code
 * ./run.sh} runs them) on the real Kafka and Elasticsearch of test-infra, polling the bundled
 * UNN-style feeds served on loopback. One per test class; close it in {@code @AfterAll}.
 */
public final class RunningSystem implements AutoCloseable {

  private final DemoFeedServer feeds;
  private final LocalStack stack;
  private final String apiKey;

  private RunningSystem(DemoFeedServer feeds, LocalStack stack, String apiKey) {
    this.feeds = feeds;
    this.stack = stack;
    this.apiKey = apiKey;
  }

  /**
   * Starts the feed server and the three services, and returns once all three are healthy.
   *
   * @param name names the log folder ({@code system-tests/target/<name>-logs}) and the progress
   *     lines
   * @param environment more environment for every service
   */
  public static RunningSystem start(String name, String apiKey, Map<String, String> environment) {
    DemoFeedServer feeds = DemoFeedServer.start();
    try {
      StackSettings settings =
          new StackSettings(
              repositoryRoot(),
              TestInfrastructure.kafkaBootstrapServers(),
              TestInfrastructure.elasticsearchUrl(),
              apiKey,
              Map.of(ServiceName.SEARCH, 0, ServiceName.INGEST, 0, ServiceName.ENRICH, 0),
              feeds.feedUrls(),
              true,
              repositoryRoot().resolve("system-tests/target/" + name + "-logs"),
              "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
              Duration.ofSeconds(240),
              environment);
      LocalStack stack =
          LocalStack.start(settings, line -> Console.progress("[" + name + "] " + line));
      return new RunningSystem(feeds, stack, apiKey);
    } catch (RuntimeException e) {
      feeds.close();
      throw e;
    }
  }

  public static Path repositoryRoot() {
    return Path.of(System.getProperty("news.repository.root", "..")).toAbsolutePath().normalize();
  }

  public String url(ServiceName service) {
    return stack.url(service);
  }

  /** One service's process, for its log. */
  public ServiceProcess service(ServiceName service) {
    return stack.service(service);
  }

  public DemoFeedServer feeds() {
    return feeds;
  }

  public String apiKey() {
    return apiKey;
  }

  /** Stops the services (producers first), then the feed server. */
  @Override
  public void close() {
    try {
      stack.close();
    } finally {
      feeds.close();
    }
  }
}
