package io.newsintel.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A real Kafka broker and a real Elasticsearch, started together as local processes (in parallel,
 * since Elasticsearch takes longest), stopped together, with their data in one run folder.
 */
public final class LocalInfrastructure implements AutoCloseable {

  private final Path runDir;
  private final boolean keepData;
  private final LocalKafka kafka;
  private final LocalElasticsearch elasticsearch;

  private LocalInfrastructure(
      Path runDir, boolean keepData, LocalKafka kafka, LocalElasticsearch elasticsearch) {
    this.runDir = runDir;
    this.keepData = keepData;
    this.kafka = kafka;
    this.elasticsearch = elasticsearch;
  }

  public static LocalInfrastructure start(InfraSettings settings, Consumer<String> progress) {
    InfraDistribution distribution = InfraDistribution.fromBuild();
    OrphanReaper.reap(progress);
    try {
      RunDirectory.createReachable(settings.workDir());
    } catch (IOException e) {
      throw DiskSpace.explain(e, settings.workDir());
    }
    DiskSpace.require(
        settings.workDir(), settings.minimumFreeDiskBytes(), "Kafka and Elasticsearch");
    Path runDir = RunDirectory.create(settings.workDir());
    progress.accept("Data for this run: " + runDir);
    CompletableFuture<LocalElasticsearch> es =
        CompletableFuture.supplyAsync(
            () -> LocalElasticsearch.start(distribution, settings, runDir, progress));
    LocalKafka kafka;
    try {
      kafka = LocalKafka.start(distribution, settings, runDir, progress);
    } catch (RuntimeException e) {
      es.thenAccept(LocalElasticsearch::stop).exceptionally(ignored -> null).join();
      RunDirectory.delete(runDir);
      throw e;
    }
    try {
      return new LocalInfrastructure(runDir, settings.keepData(), kafka, es.join());
    } catch (CompletionException e) {
      kafka.stop();
      RunDirectory.delete(runDir);
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  public LocalKafka kafka() {
    return kafka;
  }

  public LocalElasticsearch elasticsearch() {
    return elasticsearch;
  }

  public Path runDir() {
    return runDir;
  }

  /** Removes the run's data and logs (after {@link #close()}, when they were kept). */
  public void discardData() {
    RunDirectory.delete(runDir);
  }

  /** Stops both servers cleanly and, unless asked to keep it, removes the run's data. */
  @Override
  public void close() {
    CompletableFuture<Void> es = CompletableFuture.runAsync(elasticsearch::stop);
    kafka.stop();
    es.join();
    if (!keepData) {
      RunDirectory.delete(runDir);
    }
  }
}
