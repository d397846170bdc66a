package io.newsintel.infra.bench;

import java.time.Duration;

/**
 * How much a benchmark run does. The full run stays under 15 minutes on two cores; the quick one
 * (CI smoke) under about three, and its figures only show that every part works.
 *
 * @param warmUpStories released and indexed before the timed batch, to warm the JVMs up
 * @param feeds story feeds; a whole batch must fit in them ({@link
 *     StoryFeedServer#MAX_ITEMS_PER_FEED} stories a feed)
 * @param offeredPerSecond the steady load at which latency is measured
 * @param farmFeeds feeds of the poll-cycle figure
 */
record BenchPlan(
    boolean quick,
    int warmUpStories,
    int throughputStories,
    int feeds,
    double offeredPerSecond,
    Duration latencyDuration,
    int farmFeeds,
    int taggingStories,
    int subscriptions,
    int matchingStories,
    Duration phaseTimeout) {

  BenchPlan {
    if (throughputStories > feeds * StoryFeedServer.MAX_ITEMS_PER_FEED) {
      throw new IllegalArgumentException(
          throughputStories + " stories do not fit in " + feeds + " feeds");
    }
  }

  static BenchPlan fullRun() {
    return new BenchPlan(
        false,
        2_000,
        20_000,
        200,
        200,
        Duration.ofSeconds(120),
        5_000,
        100_000,
        10_000,
        20_000,
        Duration.ofMinutes(6));
  }

  static BenchPlan quickRun() {
    return new BenchPlan(
        true,
        500,
        2_000,
        50,
        200,
        Duration.ofSeconds(20),
        1_000,
        20_000,
        10_000,
        3_000,
        Duration.ofMinutes(3));
  }
}
