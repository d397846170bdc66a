package io.newsintel.search.alert.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Webhook deliveries by outcome (a counter each, so Prometheus' rate() gives messages per second),
 * the time a webhook takes to answer, and the time from raising an alert to its delivery.
 */
class DeliveryMetrics {

  enum Outcome {
    /** The webhook accepted the message. */
    DELIVERED,
    /** The attempt failed and another is scheduled. */
    RETRIED,
    /** Given up: the alerts went to the dead-letter topic. */
    DEAD_LETTERED,
    /** Held for a digest (digest mode or over the rate limit). */
    DIGESTED,
    /** Not sent: the subscription is gone or has no webhook. */
    SKIPPED
  }

  private final Map<Outcome, Counter> deliveries = new EnumMap<>(Outcome.class);
  private final Timer webhookLatency;
  private final Timer sinceRaised;

  DeliveryMetrics(MeterRegistry registry) {
    for (Outcome outcome : Outcome.values()) {
      deliveries.put(
          outcome,
          Counter.builder("search.alerts.deliveries")
              .description("Webhook messages and alerts, by what became of them")
              .tag("outcome", outcome.name().toLowerCase().replace('_', '-'))
              .register(registry));
    }
    webhookLatency =
        Timer.builder("search.alerts.webhook.latency")
            .description("Time a webhook takes to answer")
            .publishPercentileHistogram()
            .register(registry);
    sinceRaised =
        Timer.builder("search.alerts.delivery.delay")
            .description("Time from raising an alert (just after indexing) to its delivery")
            .publishPercentiles(0.5, 0.99)
            .publishPercentileHistogram()
            .register(registry);
  }

  void count(Outcome outcome) {
    deliveries.get(outcome).increment();
  }

  void webhookAnswered(Duration took) {
    webhookLatency.record(took);
  }

  void deliveredAfter(Duration sinceRaised) {
    this.sinceRaised.record(sinceRaised.isNegative() ? Duration.ZERO : sinceRaised);
  }
}
