package io.newsintel.search.alert.matching;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.alert.subscription.Subscription;
import io.newsintel.search.alert.subscription.SubscriptionRegistry;
import io.newsintel.search.indexing.IndexableStory;
import io.newsintel.search.indexing.StoriesIndexed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Matches every batch of stories Elasticsearch has acknowledged against all subscriptions and
 * raises the alerts: on the indexing consumer's thread, before its offsets are committed, so a
 * batch whose alerts could not be committed is redelivered and matched again (the ledger makes that
 * harmless).
 */
class AlertRaiser {

  private static final Logger log = LoggerFactory.getLogger(AlertRaiser.class);

  private final SubscriptionMonitor monitor;
  private final SubscriptionRegistry registry;
  private final AlertedLedger ledger;
  private final AlertPublisher publisher;
  private final MatchingMetrics metrics;
  private final MatchingProperties properties;
  private final Clock clock;

  AlertRaiser(
      SubscriptionMonitor monitor,
      SubscriptionRegistry registry,
      AlertedLedger ledger,
      AlertPublisher publisher,
      MatchingMetrics metrics,
      MatchingProperties properties,
      Clock clock) {
    this.monitor = monitor;
    this.registry = registry;
    this.ledger = ledger;
    this.publisher = publisher;
    this.metrics = metrics;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void onStoriesIndexed(StoriesIndexed event) {
    long start = System.nanoTime();
    if (monitor.size() == 0) {
      // Nothing can match: the stories need not even be bound to events.
      metrics.matched(event.stories().size(), Duration.ofNanos(System.nanoTime() - start));
      return;
    }
    List<StoryEnriched> stories = event.stories().stream().map(IndexableStory::event).toList();
    List<Set<String>> matches = monitor.match(stories);
    List<AlertRaised> alerts = new ArrayList<>();
    boolean any = matches.stream().anyMatch(m -> !m.isEmpty());
    if (any) {
      ledger.catchUp(properties.publishTimeout());
      alerts = decide(stories, matches, clock.instant());
      if (!alerts.isEmpty()) {
        publisher.publish(alerts);
        for (AlertRaised alert : alerts) {
          ledger.recorded(alert.subscriptionId(), alert.story().id(), alert.story().revision());
          metrics.raised(alert.update());
        }
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    metrics.matched(stories.size(), took);
    if (!alerts.isEmpty()) {
      log.debug(
          "Raised {} alerts for {} stories in {} ms",
          alerts.size(),
          stories.size(),
          took.toMillis());
    }
  }

  private List<AlertRaised> decide(
      List<StoryEnriched> stories, List<Set<String>> matches, Instant now) {
    List<AlertRaised> alerts = new ArrayList<>();
    // A batch may carry two revisions of one story: the later one sees the earlier's decision.
    Map<String, Long> decidedInBatch = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      StoryEnriched story = stories.get(i);
      for (String subscriptionId : matches.get(i)) {
        Optional<Subscription> subscription = registry.find(subscriptionId);
        if (subscription.isEmpty()) {
          continue; // deleted since the match began
        }
        String key = AlertedLedger.key(subscriptionId, story.id());
        Long alerted =
            decidedInBatch.containsKey(key)
                ? decidedInBatch.get(key)
                : ledger.alerted(subscriptionId, story.id());
        AlertRule rule = AlertRule.decide(subscription.get().updates(), alerted, story.revision());
        if (rule == AlertRule.SKIP) {
          continue;
        }
        decidedInBatch.put(key, story.revision());
        alerts.add(
            new AlertRaised(
                alertId(subscriptionId, story),
                subscriptionId,
                subscription.get().name(),
                story,
                rule == AlertRule.UPDATE,
                now,
                AlertRaised.SCHEMA_VERSION));
      }
    }
    return alerts;
  }

  /** Stable for a (subscription, story, revision): receivers can de-duplicate on it. */
  static String alertId(String subscriptionId, StoryEnriched story) {
    String name = subscriptionId + "|" + story.id() + "|" + story.revision();
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
