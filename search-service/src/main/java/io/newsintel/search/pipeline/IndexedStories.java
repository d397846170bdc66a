package io.newsintel.search.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Stories this instance has indexed, read from the indexing feature's own counter (the one
 * Prometheus scrapes as {@code search_indexing_stories_total{outcome="indexed"}}), so the dashboard
 * and Grafana show the same rate.
 */
@Component
class IndexedStories {

  static final String COUNTER = "search.indexing.stories";

  private final MeterRegistry registry;

  IndexedStories(MeterRegistry registry) {
    this.registry = registry;
  }

  long count() {
    return (long)
        registry.find(COUNTER).tag("outcome", "indexed").counters().stream()
            .mapToDouble(Counter::count)
            .sum();
  }
}
