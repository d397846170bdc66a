package io.newsintel.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real Elasticsearch (the distribution published on Maven Central) as a local process, with its
 * data, logs and configuration in the run folder. When the caller is root it runs as an
 * unprivileged user, because Elasticsearch refuses root.
 */
public final class LocalElasticsearch implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final InfraDistribution distribution;
  private final Jdk jdk;
  private final Path home;
  private final Path dir;
  private final int port;
  private final int transportPort;
  private final Duration startTimeout;
  private final UnprivilegedUser runAs;
  private final Consumer<String> progress;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private ManagedProcess process;

  private LocalElasticsearch(
      InfraDistribution distribution,
      Jdk jdk,
      Path home,
      Path dir,
      int port,
      int transportPort,
      Duration startTimeout,
      UnprivilegedUser runAs,
      Consumer<String> progress) {
    this.distribution = distribution;
    this.jdk = jdk;
    this.home = home;
    this.dir = dir;
    this.port = port;
    this.transportPort = transportPort;
    this.startTimeout = startTimeout;
    this.runAs = runAs;
    this.progress = progress;
  }

  /**
   * Claims the ports, prepares the run folder and starts Elasticsearch; returns once it is yellow
   * or green.
   */
  public static LocalElasticsearch start(
      InfraDistribution distribution,
      InfraSettings settings,
      Path runDir,
      Consumer<String> progress) {
    Jdk jdk = Jdk.current();
    int port =
        Ports.claim(
            settings.elasticsearchPort(), "Elasticsearch", InfraSettings.ELASTICSEARCH_PORT_ENV);
    int transportPort =
        Ports.claim(
            settings.elasticsearchTransportPort(),
            "Elasticsearch's transport",
            InfraSettings.ELASTICSEARCH_TRANSPORT_PORT_ENV);
    UnprivilegedUser runAs =
        UnprivilegedUser.callerIsRoot()
            ? new UnprivilegedUser(settings.unprivilegedUser(), settings.unprivilegedGroup())
            : null;
    Path home = distribution.elasticsearchHome();
    if (runAs != null && !UnprivilegedUser.readableByOthers(home.resolve("bin/elasticsearch"))) {
      home = copyReachable(home, settings.workDir().resolve("dist"), progress);
    }
    LocalElasticsearch es =
        new LocalElasticsearch(
            distribution,
            jdk,
            home,
            runDir.resolve("elasticsearch"),
            port,
            transportPort,
            settings.startTimeout(),
            runAs,
            progress);
    es.prepare(settings.elasticsearchHeap());
    es.start();
    return es;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The process id while running (for the benchmark's CPU and memory figures), else -1. */
  public long pid() {
    return isRunning() ? process.pid() : -1;
  }

  public Path log() {
    return dir.resolve("logs").resolve("news-intel.log");
  }

  private void prepare(String heap) {
    try {
      for (String sub : List.of("config", "data", "logs", "tmp")) {
        Files.createDirectories(dir.resolve(sub));
      }
      copyTree(home.resolve("config"), dir.resolve("config"));
      Path options = dir.resolve("config/jvm.options.d");
      Files.createDirectories(options);
      Files.writeString(
          options.resolve("heap.options"),
          "-Xms" + heap + "\n-Xmx" + heap + "\n",
          StandardCharsets.UTF_8);
      if (runAs != null) {
        // Its own config copy (it writes a keystore there), data, logs and temp belong to the user
        // it runs as.
        runAs.own(dir);
      }
    } catch (IOException e) {
      throw DiskSpace.explain(e, dir);
    }
  }

  /** Starts Elasticsearch on the data it already has. */
  public void start() {
    if (isRunning()) {
      return;
    }
    long started = System.nanoTime();
    progress.accept(
        "Starting Elasticsearch "
            + distribution.elasticsearchVersion()
            + " on "
            + url()
            + (runAs != null
                ? " (as user " + runAs.user() + ", since Elasticsearch refuses root)"
                : "")
            + " ...");
    List<String> command = new ArrayList<>();
    if (runAs != null) {
      command.addAll(runAs.commandPrefix());
    }
    command.add(home.resolve("bin/elasticsearch").toString());
    command.addAll(
        List.of(
            "-Ecluster.name=news-intel",
            "-Enode.name=local",
            "-Ediscovery.type=single-node",
            "-Enetwork.host=127.0.0.1",
            "-Ehttp.port=" + port,
            "-Etransport.port=" + transportPort,
            "-Epath.data=" + dir.resolve("data"),
            "-Epath.logs=" + dir.resolve("logs"),
            "-Expack.security.enabled=false",
            "-Ecluster.routing.allocation.disk.threshold_enabled=false",
            "-Eaction.destructive_requires_name=false"));
    Map<String, String> env =
        Map.of(
            "ES_JAVA_HOME", jdk.home().toString(),
            "ES_PATH_CONF", dir.resolve("config").toString(),
            "ES_TMPDIR", dir.resolve("tmp").toString(),
            "ES_JAVA_OPTS", "");
    process = ManagedProcess.start("Elasticsearch", command, env, dir, dir.resolve("console.log"));
    awaitReady();
    progress.accept(
        String.format(
            "Elasticsearch ready on %s in %.1f s", url(), (System.nanoTime() - started) / 1e9));
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + startTimeout.toNanos();
    HttpRequest health =
        HttpRequest.newBuilder(
                URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new InfrastructureException(
            "Elasticsearch exited during start-up (exit code "
                + process.exitValue()
                + "). Last lines of its output:"
                + System.lineSeparator()
                + process.tail(40));
      }
      try {
        HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InfrastructureException("Interrupted while waiting for Elasticsearch to start");
      }
      sleep(500);
    }
    process.stop(Duration.ofSeconds(5));
    throw new InfrastructureException(
        "Elasticsearch did not become ready on "
            + url()
            + " within "
            + startTimeout.toSeconds()
            + " s (raise NEWS_INFRA_START_TIMEOUT_SECONDS on a slow machine). Last lines of its output:"
            + System.lineSeparator()
            + process.tail(40));
  }

  public void stop() {
    if (process != null) {
      process.stop(STOP_GRACE);
      process = null;
    }
  }

  /** Kills Elasticsearch as a crash would (for fault injection). */
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

  /**
   * A copy of the distribution where the unprivileged user can read it, made once per version (the
   * build usually unpacks it below a folder only root may enter).
   */
  private static Path copyReachable(Path source, Path distDir, Consumer<String> progress) {
    Path target = distDir.resolve(source.getFileName());
    Path complete = target.resolve(".news-intel-complete");
    if (Files.exists(complete)) {
      return target;
    }
    progress.accept(
        "Copying Elasticsearch to "
            + target
            + " so that an unprivileged user can run it (once) ...");
    try {
      RunDirectory.createReachable(distDir.getParent());
      RunDirectory.createReachable(distDir);
      RunDirectory.delete(target);
      copyTree(source, target);
      Files.createFile(complete);
    } catch (IOException e) {
      throw DiskSpace.explain(e, target);
    }
    if (!UnprivilegedUser.readableByOthers(target.resolve("bin/elasticsearch"))) {
      throw new InfrastructureException(
          target
              + " is not reachable by other users; set "
              + InfraSettings.WORKDIR_ENV
              + " to a folder every user can enter (such as /tmp/news-intel).");
    }
    return target;
  }

  private static void copyTree(Path source, Path target) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
              throws IOException {
            Path to = target.resolve(source.relativize(d).toString());
            Files.createDirectories(to);
            Files.setPosixFilePermissions(
                to, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                target.resolve(source.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("Interrupted while waiting for Elasticsearch to start");
    }
  }
}
