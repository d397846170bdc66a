package io.newsintel.infra.stack;

import io.newsintel.infra.InfrastructureException;
import io.newsintel.infra.ManagedProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One service jar running in its own JVM, with its log in the run folder. */
public final class ServiceProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final ServiceName name;
  private final int port;
  private final List<String> command;
  private final Map<String, String> environment;
  private final StackSettings settings;
  private ManagedProcess process;

  ServiceProcess(
      ServiceName name,
      int port,
      List<String> command,
      Map<String, String> environment,
      StackSettings settings) {
    this.name = name;
    this.port = port;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.settings = settings;
  }

  public ServiceName name() {
    return name;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public java.nio.file.Path log() {
    return settings.logDir().resolve(name.module() + ".log");
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The process id while running (for the benchmark's CPU and memory figures), else -1. */
  public long pid() {
    return isRunning() ? process.pid() : -1;
  }

  /** Starts the JVM without waiting; see {@link #awaitHealthy}. */
  public void launch() {
    process =
        ManagedProcess.start(name.module(), command, environment, settings.repositoryRoot(), log());
  }

  /** Waits until {@code /actuator/health} says UP, or fails with the end of the service's log. */
  public void awaitHealthy(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new InfrastructureException(
            name.module()
                + " exited during start-up (exit code "
                + process.exitValue()
                + "). Last lines of "
                + log()
                + ":"
                + System.lineSeparator()
                + process.tail(40));
      }
      try {
        HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
        last = "HTTP " + response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = "not listening yet";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InfrastructureException("Interrupted while waiting for " + name.module());
      }
      sleep();
    }
    throw new InfrastructureException(
        name.module()
            + " did not become healthy at "
            + url()
            + "/actuator/health within "
            + timeout.toSeconds()
            + " s (last answer: "
            + last
            + "). Last lines of "
            + log()
            + ":"
            + System.lineSeparator()
            + process.tail(40));
  }

  /** SIGTERM and a grace period for Spring's graceful shutdown, then SIGKILL. */
  public void stop() {
    if (process != null) {
      process.stop(Duration.ofSeconds(20));
    }
  }

  /** Kills the service as a crash would (for fault injection). */
  public void kill() {
    if (process != null) {
      process.kill();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("Interrupted while waiting for a service to start");
    }
  }
}
