package io.newsintel.search.alert.delivery;

import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.noise.HeldAlert;
import io.newsintel.search.alert.noise.NoiseControl;
import io.newsintel.search.alert.noise.NoiseProperties;
import io.newsintel.search.alert.noise.PendingDigest;
import io.newsintel.search.alert.subscription.SubscriptionRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Sends the digests whose time has come. Each digest is sent by the instance that currently
 * delivers its subscription's alerts (the owner of the subscription's partition of {@code
 * news.alerts}), so instances never send the same digest twice.
 */
class DigestFlusher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DigestFlusher.class);

  private final NoiseControl noise;
  private final SubscriptionRegistry registry;
  private final WebhookDispatcher dispatcher;
  private final KafkaListenerEndpointRegistry containers;
  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;
  private final NoiseProperties properties;
  private final Clock clock;
  private volatile ScheduledExecutorService scheduler;
  private volatile int alertPartitions;

  DigestFlusher(
      NoiseControl noise,
      SubscriptionRegistry registry,
      WebhookDispatcher dispatcher,
      KafkaListenerEndpointRegistry containers,
      AlertKafkaClients kafka,
      AlertTopicsProperties topics,
      NoiseProperties properties,
      Clock clock) {
    this.noise = noise;
    this.registry = registry;
    this.dispatcher = dispatcher;
    this.containers = containers;
    this.kafka = kafka;
    this.topics = topics;
    this.properties = properties;
    this.clock = clock;
  }

  void flushDue() {
    Instant now = clock.instant();
    for (PendingDigest digest : noise.dueDigests(now)) {
      if (!deliveredHere(digest.subscriptionId())) {
        continue;
      }
      if (registry.find(digest.subscriptionId()).isEmpty()) {
        noise.forget(digest.subscriptionId());
        continue;
      }
      List<WebhookDelivery.Item> items = digest.alerts().stream().map(DigestFlusher::item).toList();
      WebhookDelivery delivery =
          new WebhookDelivery(
              digest.subscriptionId(),
              items,
              new WebhookDelivery.Digest(digest.from(), now, digest.omitted()));
      dispatcher.attempt(delivery, 1, now);
      noise.digestSent(digest);
    }
  }

  private static WebhookDelivery.Item item(HeldAlert held) {
    return new WebhookDelivery.Item(
        held.alert(), new Origin(held.topic(), held.partition(), held.offset()));
  }

  private boolean deliveredHere(String subscriptionId) {
    MessageListenerContainer container = containers.getListenerContainer(AlertDeliveryListener.ID);
    if (container == null) {
      return false;
    }
    Collection<TopicPartition> assigned = container.getAssignedPartitions();
    if (assigned == null || assigned.isEmpty()) {
      return false;
    }
    int partitions = alertPartitions();
    // The producer's default partitioning of a keyed record.
    int partition =
        Utils.toPositive(Utils.murmur2(subscriptionId.getBytes(StandardCharsets.UTF_8)))
            % partitions;
    return assigned.contains(new TopicPartition(topics.alerts(), partition));
  }

  private int alertPartitions() {
    if (alertPartitions == 0) {
      try {
        alertPartitions =
            kafka
                .admin()
                .describeTopics(List.of(topics.alerts()))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .get(topics.alerts())
                .partitions()
                .size();
      } catch (Exception e) {
        throw new IllegalStateException("cannot describe " + topics.alerts() + ": " + e, e);
      }
    }
    return alertPartitions;
  }

  @Override
  public void start() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "digest-flusher");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(100, properties.digestCheckInterval().toMillis());
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            flushDue();
          } catch (RuntimeException e) {
            log.warn("Sending due digests failed, will try again: {}", e.toString());
          }
        },
        every,
        every,
        TimeUnit.MILLISECONDS);
    scheduler = executor;
  }

  @Override
  public void stop() {
    ScheduledExecutorService executor = scheduler;
    if (executor != null) {
      executor.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
