package io.newsintel.infra.stack;

import io.newsintel.infra.InfrastructureException;
import io.newsintel.infra.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The three services as separate processes, wired to one Kafka and one Elasticsearch: what {@code
 * ./run.sh} runs and what the end-to-end test exercises, so both see the deployable jars.
 */
public final class LocalStack implements AutoCloseable {

  private final Map<ServiceName, ServiceProcess> services;

  private LocalStack(Map<ServiceName, ServiceProcess> services) {
    this.services = services;
  }

  public static LocalStack start(StackSettings settings, Consumer<String> progress) {
    for (ServiceName name : ServiceName.values()) {
      if (!Files.isRegularFile(settings.jar(name))) {
        throw new InfrastructureException(
            settings.jar(name) + " is missing: build it first (./mvnw -q install -DskipTests)");
      }
    }
    try {
      Files.createDirectories(settings.logDir());
    } catch (IOException e) {
      throw new InfrastructureException(
          "Could not create " + settings.logDir() + ": " + e.getMessage(), e);
    }
    // All ports first: a service's environment may name another one's address.
    Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
    for (ServiceName name : ServiceName.values()) {
      ports.put(name, Ports.claim(settings.port(name), name.module(), name.portEnv()));
    }
    Map<ServiceName, ServiceProcess> services = new EnumMap<>(ServiceName.class);
    for (ServiceName name : ServiceName.values()) {
      services.put(
          name,
          new ServiceProcess(
              name,
              ports.get(name),
              command(settings, name),
              environment(settings, name, ports),
              settings));
    }
    LocalStack stack = new LocalStack(services);
    // Consumers first is not needed (they read from the earliest offset); starting all three at
    // once is what makes the demo come up within two minutes on two cores.
    services
        .values()
        .forEach(
            service -> {
              progress.accept(
                  "Starting "
                      + service.name().module()
                      + " on "
                      + service.url()
                      + " (log: "
                      + service.log()
                      + ") ...");
              service.launch();
            });
    List<CompletableFuture<Void>> ready = new ArrayList<>();
    long started = System.nanoTime();
    for (ServiceProcess service : services.values()) {
      ready.add(
          CompletableFuture.runAsync(
              () -> {
                service.awaitHealthy(settings.startTimeout());
                progress.accept(
                    String.format(
                        "%s healthy at %s (%.0f s)",
                        service.name().module(),
                        service.url(),
                        (System.nanoTime() - started) / 1e9));
              }));
    }
    try {
      CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      stack.close();
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    return stack;
  }

  public ServiceProcess service(ServiceName name) {
    return services.get(name);
  }

  public String url(ServiceName name) {
    return services.get(name).url();
  }

  /** Stops the producers before the consumers, so nothing is left half-processed by choice. */
  @Override
  public void close() {
    List<ServiceName> order = List.of(ServiceName.INGEST, ServiceName.ENRICH, ServiceName.SEARCH);
    order.forEach(name -> services.get(name).stop());
  }

  private static List<String> command(StackSettings settings, ServiceName name) {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    for (String option : settings.javaOptions().trim().split("\\s+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.add("-jar");
    command.add(settings.jar(name).toString());
    return command;
  }

  static Map<String, String> environment(
      StackSettings settings, ServiceName name, Map<ServiceName, Integer> ports) {
    Map<String, String> env = new HashMap<>();
    env.put(name.portEnv(), String.valueOf(ports.get(name)));
    if (name == ServiceName.SEARCH) {
      // search-service reads the feed status from ingest-service (pipeline view, feeds page).
      env.put("SEARCH_INGEST_BASEURL", "http://127.0.0.1:" + ports.get(ServiceName.INGEST));
    }
    env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
    env.put("ELASTICSEARCH_URL", settings.elasticsearchUrl());
    env.put("NEWS_API_KEY", settings.apiKey());
    if (!settings.feeds().isEmpty()) {
      env.put("INGEST_FEEDS", String.join(",", settings.feeds()));
    }
    if (settings.allowPrivateAddresses()) {
      env.put("INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES", "true");
      env.put("ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true");
    }
    env.putAll(settings.extraEnvironment());
    return env;
  }

  private static String javaExecutable() {
    return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
