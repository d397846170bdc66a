package io.newsintel.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller) in its own JVM, with
 * its data in the run folder. It can be stopped and started again on the same data, which is what a
 * broker restart in a fault-injection test is.
 */
public final class LocalKafka implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final InfraDistribution distribution;
  private final Jdk jdk;
  private final Path dir;
  private final int port;
  private final int controllerPort;
  private final String heap;
  private final Duration startTimeout;
  private final Consumer<String> progress;
  private ManagedProcess process;

  private LocalKafka(
      InfraDistribution distribution,
      Jdk jdk,
      Path dir,
      int port,
      int controllerPort,
      String heap,
      Duration startTimeout,
      Consumer<String> progress) {
    this.distribution = distribution;
    this.jdk = jdk;
    this.dir = dir;
    this.port = port;
    this.controllerPort = controllerPort;
    this.heap = heap;
    this.startTimeout = startTimeout;
    this.progress = progress;
  }

  /** Claims the ports, formats the storage and starts the broker; returns once it answers. */
  public static LocalKafka start(
      InfraDistribution distribution,
      InfraSettings settings,
      Path runDir,
      Consumer<String> progress) {
    Jdk jdk = Jdk.current();
    int port = Ports.claim(settings.kafkaPort(), "Kafka", InfraSettings.KAFKA_PORT_ENV);
    int controllerPort =
        Ports.claim(
            settings.kafkaControllerPort(),
            "the Kafka controller",
            InfraSettings.KAFKA_CONTROLLER_PORT_ENV);
    LocalKafka kafka =
        new LocalKafka(
            distribution,
            jdk,
            runDir.resolve("kafka"),
            port,
            controllerPort,
            settings.kafkaHeap(),
            settings.startTimeout(),
            progress);
    kafka.format();
    kafka.start();
    return kafka;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return dir.resolve("server.log");
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The process id while running (for the benchmark's CPU and memory figures), else -1. */
  public long pid() {
    return isRunning() ? process.pid() : -1;
  }

  private void format() {
    try {
      Files.createDirectories(dir.resolve("data"));
      Files.writeString(
          dir.resolve("server.properties"), serverProperties(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("log4j2.xml"), log4jConfiguration(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw DiskSpace.explain(e, dir);
    }
    List<String> command = javaCommand("kafka.tools.StorageTool");
    command.addAll(
        List.of(
            "format",
            "-t",
            Uuid.randomUuid().toString(),
            "-c",
            dir.resolve("server.properties").toString(),
            "--standalone"));
    ManagedProcess format =
        ManagedProcess.start(
            "Kafka storage format", command, Map.of(), dir, dir.resolve("format.log"));
    if (!format.waitFor(Duration.ofSeconds(60)) || format.exitValue() != 0) {
      format.stop(Duration.ofSeconds(1));
      throw new InfrastructureException(
          "Formatting Kafka's storage in "
              + dir
              + " failed:"
              + System.lineSeparator()
              + format.tail(20));
    }
  }

  /** Starts the broker on the data it already has. */
  public void start() {
    if (isRunning()) {
      return;
    }
    long started = System.nanoTime();
    progress.accept(
        "Starting Kafka "
            + distribution.kafkaVersion()
            + " (KRaft) on "
            + bootstrapServers()
            + " ...");
    List<String> command = javaCommand("kafka.Kafka");
    command.add(dir.resolve("server.properties").toString());
    process = ManagedProcess.start("Kafka", command, Map.of(), dir, dir.resolve("console.log"));
    awaitReady();
    progress.accept(
        String.format(
            "Kafka ready on %s in %.1f s",
            bootstrapServers(), (System.nanoTime() - started) / 1e9));
  }

  private List<String> javaCommand(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(jdk.java().toString());
    command.add("-Xms" + heap);
    command.add("-Xmx" + heap);
    command.add("-XX:+UseG1GC");
    command.add("-Djava.awt.headless=true");
    command.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.xml"));
    command.add("-Dkafka.logs.dir=" + dir);
    command.add("-cp");
    command.add(distribution.kafkaLibs() + "/*");
    command.add(mainClass);
    return command;
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + startTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new InfrastructureException(
            "Kafka exited during start-up (exit code "
                + process.exitValue()
                + "). Last lines of "
                + log()
                + ":"
                + System.lineSeparator()
                + ManagedProcess.tail(log(), 30)
                + System.lineSeparator()
                + process.tail(10));
      }
      if (Ports.isListening(port) && clusterAnswers()) {
        return;
      }
      sleep(250);
    }
    process.stop(Duration.ofSeconds(5));
    throw new InfrastructureException(
        "Kafka did not become ready on "
            + bootstrapServers()
            + " within "
            + startTimeout.toSeconds()
            + " s (raise NEWS_INFRA_START_TIMEOUT_SECONDS on a slow machine). Last lines of "
            + log()
            + ":"
            + System.lineSeparator()
            + ManagedProcess.tail(log(), 30));
  }

  private boolean clusterAnswers() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    try (Admin admin = Admin.create(config)) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  /** A clean shutdown: the broker gets 30 s to close its logs before it is killed. */
  public void stop() {
    if (process != null) {
      process.stop(STOP_GRACE);
      process = null;
    }
  }

  /** Kills the broker as a crash would (for fault injection). */
  public void kill() {
    if (process != null) {
      process.kill();
      process = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private String serverProperties() {
    String listener = "127.0.0.1:" + port;
    String controller = "127.0.0.1:" + controllerPort;
    return String.join(
        "\n",
        "# Written by news-intel's local-infra: a single-node KRaft broker for local runs and tests.",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.bootstrap.servers=" + controller,
        "listeners=PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
        "advertised.listeners=PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dir.resolve("data"),
        "num.partitions=3",
        // One node: internal topics cannot have more replicas than that.
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "log.retention.hours=-1",
        "log.segment.bytes=67108864",
        "");
  }

  private String log4jConfiguration() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <Configuration status="WARN">
          <Appenders>
            <File name="server" fileName="%s">
              <PatternLayout pattern="[%%d] %%p %%m (%%c)%%n"/>
            </File>
          </Appenders>
          <Loggers>
            <Logger name="kafka.request.logger" level="WARN"/>
            <Logger name="org.apache.kafka.controller" level="INFO"/>
            <Logger name="state.change.logger" level="WARN"/>
            <Root level="INFO">
              <AppenderRef ref="server"/>
            </Root>
          </Loggers>
        </Configuration>
        """
        .formatted(log());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("Interrupted while waiting for Kafka to start");
    }
  }
}
