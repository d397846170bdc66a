package io.newsintel.infra.stack;

import io.newsintel.infra.Console;
import io.newsintel.infra.InfraSettings;
import io.newsintel.infra.InfrastructureException;
import io.newsintel.infra.LocalInfrastructure;
import io.newsintel.infra.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ./run.sh [--demo] [--feeds FILE]}: starts a real Kafka and a real Elasticsearch, then the
 * three services, prints where they are, and on Ctrl-C or SIGTERM stops everything it started.
 */
public final class RunCommand {

  static final String USAGE =
      """
      usage: ./run.sh [--demo] [--feeds FILE]
        (no option)   poll the default feeds (UNN and public cyber-security news)
        --demo        also serve bundled sample feeds on loopback and poll only those
        --feeds FILE  poll the feed URLs listed in FILE (one per line, # comments)
      environment: SEARCH_PORT=8080 INGEST_PORT=8081 ENRICH_PORT=8082 KAFKA_PORT=9092
        ELASTICSEARCH_PORT=9200 NEWS_API_KEY (generated when unset) NEWS_INFRA_WORKDIR""";

  private final List<AutoCloseable> started = new ArrayList<>();
  private volatile boolean stopping;

  private RunCommand() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      Console.error(e.getMessage());
      System.err.println(USAGE);
      System.exit(64);
      return;
    }
    if (options.help()) {
      System.out.println(USAGE);
      return;
    }
    RunCommand command = new RunCommand();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> command.stopAll(stopped), "run-shutdown"));
    try {
      command.run(options);
    } catch (InfrastructureException e) {
      Console.error(e.getMessage());
      System.exit(2);
    }
    awaitQuietly(stopped);
  }

  private void run(Options options) {
    Map<String, String> env = System.getenv();
    List<String> feeds =
        options.feedsFile() != null ? FeedListFile.read(options.feedsFile()) : List.of();
    String apiKey = env.getOrDefault("NEWS_API_KEY", generatedKey());
    Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
    for (ServiceName name : ServiceName.values()) {
      ports.put(name, portFromEnvironment(env, name));
    }

    LocalInfrastructure infra =
        LocalInfrastructure.start(InfraSettings.fromEnvironment(env), Console::progress);
    started.add(infra);
    boolean allowPrivate =
        Boolean.parseBoolean(env.getOrDefault("INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES", "false"));
    if (options.demo()) {
      DemoFeedServer demo = DemoFeedServer.start();
      started.add(demo);
      feeds = demo.feedUrls();
      allowPrivate = true;
      Console.progress(
          "Serving " + feeds.size() + " demo feeds on loopback: " + String.join(" ", feeds));
    }
    StackSettings settings =
        new StackSettings(
            Path.of(env.getOrDefault("NEWS_STACK_ROOT", ".")).toAbsolutePath().normalize(),
            infra.kafka().bootstrapServers(),
            infra.elasticsearch().url(),
            apiKey,
            ports,
            feeds,
            allowPrivate,
            infra.runDir().resolve("logs"),
            env.getOrDefault("NEWS_SERVICE_JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseG1GC"),
            Duration.ofSeconds(180),
            Map.of());
    LocalStack stack = LocalStack.start(settings, Console::progress);
    started.add(stack);

    String search = stack.url(ServiceName.SEARCH);
    Console.progress("news-intel is running.");
    System.out.println();
    System.out.println("  Search API         " + search + "/api/stories?q=APT28");
    System.out.println("  ingest-service     " + stack.url(ServiceName.INGEST) + "/api/feeds");
    System.out.println(
        "  enrich-service     " + stack.url(ServiceName.ENRICH) + "/actuator/health");
    System.out.println("  Kafka              " + infra.kafka().bootstrapServers());
    System.out.println("  Elasticsearch      " + infra.elasticsearch().url());
    System.out.println(
        "  API key            " + apiKey + "   (header X-API-Key for write endpoints)");
    System.out.println("  Logs               " + settings.logDir());
    System.out.println();
    if (options.demo()) {
      awaitDemoStory(search);
    }
    Console.progress("Press Ctrl-C to stop everything.");
    watch(stack, infra);
  }

  /**
   * A process that dies on its own leaves a half-working system that looks alive; stop everything
   * and say which one died and why instead.
   */
  private void watch(LocalStack stack, LocalInfrastructure infra) {
    Thread watchdog =
        new Thread(
            () -> {
              while (!stopping) {
                String dead = null;
                for (ServiceName name : ServiceName.values()) {
                  if (!stack.service(name).isRunning()) {
                    dead =
                        name.module()
                            + " stopped unexpectedly; last lines of "
                            + stack.service(name).log()
                            + ":"
                            + System.lineSeparator()
                            + ManagedProcess.tail(stack.service(name).log(), 30);
                  }
                }
                if (!infra.kafka().isRunning()) {
                  dead = "Kafka stopped unexpectedly; see " + infra.kafka().log();
                } else if (!infra.elasticsearch().isRunning()) {
                  dead = "Elasticsearch stopped unexpectedly; see " + infra.elasticsearch().log();
                }
                if (dead != null && !stopping) {
                  Console.error(dead);
                  System.exit(3);
                }
                try {
                  Thread.sleep(2000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "run-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** The demo promises a tagged APT28 story; say when it is there, or that it is not. */
  private static void awaitDemoStory(String search) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(search + "/api/stories?actor=APT28&size=1"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    AtomicReference<String> last = new AtomicReference<>("no answer");
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        last.set("HTTP " + response.statusCode());
        if (response.statusCode() == 200 && !response.body().contains("\"total\":0")) {
          Console.progress(
              "Demo ready: stories tagged APT28 are searchable: "
                  + search
                  + "/api/stories?actor=APT28");
          return;
        }
      } catch (IOException e) {
        last.set(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    Console.error(
        "No APT28-tagged demo story became searchable within 120 s (last answer: "
            + last.get()
            + "); see the service logs.");
  }

  private void stopAll(CountDownLatch stopped) {
    stopping = true;
    if (!started.isEmpty()) {
      Console.progress("Stopping everything ./run.sh started ...");
      for (int i = started.size() - 1; i >= 0; i--) {
        try {
          started.get(i).close();
        } catch (Exception e) {
          Console.error("while stopping: " + e.getMessage());
        }
      }
      Console.progress("Stopped.");
    }
    stopped.countDown();
  }

  private static int portFromEnvironment(Map<String, String> env, ServiceName name) {
    String value = env.get(name.portEnv());
    if (value == null || value.isBlank()) {
      return name.defaultPort();
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InfrastructureException(name.portEnv() + "=" + value + " is not a port number");
    }
  }

  private static String generatedKey() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  record Options(boolean demo, Path feedsFile, boolean help) {

    static Options parse(String[] args) {
      boolean demo = false;
      boolean help = false;
      Path feeds = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--demo" -> demo = true;
          case "--help", "-h" -> help = true;
          case "--feeds" -> {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException("--feeds needs a FILE");
            }
            feeds = Path.of(args[++i]);
          }
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
      }
      if (demo && feeds != null) {
        throw new IllegalArgumentException("--demo and --feeds cannot be combined");
      }
      return new Options(demo, feeds, help);
    }
  }
}
