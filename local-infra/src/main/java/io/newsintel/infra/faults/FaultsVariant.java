package io.newsintel.infra.faults;

import java.time.Duration;
import java.util.List;

/**
 * How big a fault-injection run is. The full run is the proof; {@code --quick} is the same faults
 * in a shorter flow; {@code --ci} is sized to fit a CI budget (a few minutes on two cores) while
 * keeping every kind of fault once.
 *
 * @param stories distinct stories the loopback site publishes
 * @param feeds feeds they are spread over
 * @param publishing how long the site takes to publish them all
 * @param firstFault when the first fault is injected, after publishing began
 * @param step time between faults
 * @param rounds how many times each service is killed
 * @param elasticsearchOutage how long Elasticsearch stays down
 * @param settleTimeout how long to wait for the pipeline to go quiet afterwards
 */
record FaultsVariant(
    String name,
    int stories,
    int feeds,
    Duration publishing,
    Duration firstFault,
    Duration step,
    int rounds,
    Duration elasticsearchOutage,
    Duration settleTimeout) {

  static final FaultsVariant FULL =
      new FaultsVariant(
          "full",
          20_000,
          50,
          Duration.ofSeconds(300),
          Duration.ofSeconds(15),
          Duration.ofSeconds(22),
          2,
          Duration.ofSeconds(60),
          Duration.ofMinutes(8));

  static final FaultsVariant QUICK =
      new FaultsVariant(
          "quick",
          3_000,
          20,
          Duration.ofSeconds(90),
          Duration.ofSeconds(8),
          Duration.ofSeconds(8),
          1,
          Duration.ofSeconds(20),
          Duration.ofMinutes(4));

  static final FaultsVariant CI =
      new FaultsVariant(
          "ci",
          1_000,
          10,
          Duration.ofSeconds(40),
          Duration.ofSeconds(5),
          Duration.ofSeconds(4),
          1,
          Duration.ofSeconds(20),
          Duration.ofMinutes(3));

  static FaultsVariant fromArguments(List<String> args) {
    if (args.contains("--ci")) {
      return CI;
    }
    return args.contains("--quick") ? QUICK : FULL;
  }
}
