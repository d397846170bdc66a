package io.newsintel.search.indexing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Indexing rate (counter per outcome, so Prometheus' rate() gives stories per second), bulk latency
 * and failures.
 */
@Component
class IndexingMetrics {

  private final Map<WriteOutcome.Result, Counter> stories =
      new EnumMap<>(WriteOutcome.Result.class);
  private final Counter invalid;
  private final Counter deadLettered;
  private final Counter bulkFailures;
  private final Timer bulkLatency;
  private final DistributionSummary bulkSize;

  IndexingMetrics(MeterRegistry registry) {
    for (WriteOutcome.Result result : WriteOutcome.Result.values()) {
      stories.put(
          result,
          Counter.builder("search.indexing.stories")
              .description("Stories written to Elasticsearch, by outcome")
              .tag("outcome", result.name().toLowerCase())
              .register(registry));
    }
    invalid =
        Counter.builder("search.indexing.invalid")
            .description("Records on news.enriched that are not a valid story")
            .register(registry);
    deadLettered =
        Counter.builder("search.indexing.dead.lettered")
            .description("Records sent to news.enriched-dlt")
            .register(registry);
    bulkFailures =
        Counter.builder("search.indexing.bulk.failures")
            .description("Bulk requests that got no answer from Elasticsearch")
            .register(registry);
    bulkLatency =
        Timer.builder("search.indexing.bulk.latency")
            .description("Time from sending a bulk request to Elasticsearch's answer")
            .publishPercentileHistogram()
            .register(registry);
    // Small bulks cost Elasticsearch more per story (a translog sync per request): worth watching.
    bulkSize =
        DistributionSummary.builder("search.indexing.bulk.size")
            .description("Stories per bulk request")
            .baseUnit("stories")
            .register(registry);
  }

  void outcome(WriteOutcome.Result result) {
    stories.get(result).increment();
  }

  void invalid() {
    invalid.increment();
  }

  void deadLettered() {
    deadLettered.increment();
  }

  void bulkFailed() {
    bulkFailures.increment();
  }

  void bulkAnswered(Duration latency) {
    bulkLatency.record(latency);
  }

  void bulkSent(int stories) {
    bulkSize.record(stories);
  }
}
