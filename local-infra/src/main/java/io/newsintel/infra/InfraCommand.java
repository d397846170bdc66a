package io.newsintel.infra;

import java.util.concurrent.CountDownLatch;

/**
 * Runs Kafka and Elasticsearch alone, in the foreground, until Ctrl-C: for working on one service
 * from an IDE against real servers. {@code java -cp local-infra.jar:kafka-libs/*
 * io.newsintel.infra.InfraCommand}
 */
public final class InfraCommand {

  private InfraCommand() {}

  public static void main(String[] args) throws InterruptedException {
    LocalInfrastructure infra;
    try {
      infra =
          LocalInfrastructure.start(
              InfraSettings.fromEnvironment(System.getenv()), Console::progress);
    } catch (InfrastructureException e) {
      Console.error(e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  Console.progress("Stopping Kafka and Elasticsearch ...");
                  infra.close();
                  Console.progress("Stopped.");
                  stopped.countDown();
                }));
    Console.progress("Kafka:         " + infra.kafka().bootstrapServers());
    Console.progress("Elasticsearch: " + infra.elasticsearch().url());
    Console.progress("Press Ctrl-C to stop.");
    stopped.await();
  }
}
