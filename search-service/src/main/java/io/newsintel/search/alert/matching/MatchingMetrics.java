package io.newsintel.search.alert.matching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** Alerts raised (new and updates), stories matched, and the time matching takes per batch. */
class MatchingMetrics {

  private final Counter raised;
  private final Counter updates;
  private final Counter stories;
  private final Timer latency;

  MatchingMetrics(MeterRegistry registry, SubscriptionMonitor monitor, AlertedLedger ledger) {
    raised =
        Counter.builder("search.alerts.raised")
            .description("Alerts raised on news.alerts")
            .tag("kind", "new")
            .register(registry);
    updates =
        Counter.builder("search.alerts.raised")
            .description("Alerts raised on news.alerts")
            .tag("kind", "update")
            .register(registry);
    stories =
        Counter.builder("search.alerts.matching.stories")
            .description("Indexed stories matched against the subscriptions")
            .register(registry);
    latency =
        Timer.builder("search.alerts.matching.latency")
            .description("Time to match an indexed batch and commit its alerts")
            .publishPercentileHistogram()
            .register(registry);
    Gauge.builder("search.alerts.subscriptions", monitor, SubscriptionMonitor::size)
        .description("Subscriptions being matched")
        .register(registry);
    Gauge.builder("search.alerts.alerted.entries", ledger, AlertedLedger::size)
        .description("(subscription, story) pairs in the alerted ledger")
        .register(registry);
  }

  void matched(int count, Duration took) {
    stories.increment(count);
    latency.record(took);
  }

  void raised(boolean update) {
    (update ? updates : raised).increment();
  }
}
