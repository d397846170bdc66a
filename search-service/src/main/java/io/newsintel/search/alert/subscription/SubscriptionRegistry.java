package io.newsintel.search.alert.subscription;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.TopicReplica;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every subscription, held by every instance: the subscriptions topic (compacted, key = id, a
 * tombstone for a delete) is read whole at start-up and followed afterwards, so a subscription
 * created on one instance is matched on all of them.
 */
@Component
public class SubscriptionRegistry implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionRegistry.class);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;
  private final SubscriptionProperties properties;
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
  private final List<SubscriptionListener> listeners = new CopyOnWriteArrayList<>();
  private final TopicReplica replica;
  private volatile boolean loaded;

  SubscriptionRegistry(
      AlertKafkaClients kafka, AlertTopicsProperties topics, SubscriptionProperties properties) {
    this.kafka = kafka;
    this.topics = topics;
    this.properties = properties;
    this.replica = new TopicReplica(topics.subscriptions(), kafka, this::apply);
  }

  /** Listeners registered before start-up are told about all subscriptions once loaded. */
  public void addListener(SubscriptionListener listener) {
    listeners.add(listener);
    if (loaded) {
      listener.loaded(List.copyOf(subscriptions.values()));
    }
  }

  public Optional<Subscription> find(String id) {
    return Optional.ofNullable(subscriptions.get(id));
  }

  public Collection<Subscription> all() {
    return List.copyOf(subscriptions.values());
  }

  public int count() {
    return subscriptions.size();
  }

  /**
   * Stores the subscription (acknowledged by Kafka before this returns) and starts matching it here
   * at once; the other instances follow within moments.
   *
   * @throws SubscriptionLimitException when this service holds as many as it accepts
   */
  public Subscription create(Subscription subscription) {
    if (subscriptions.size() >= properties.maxSubscriptions()) {
      throw new SubscriptionLimitException(
          "this service holds its limit of "
              + properties.maxSubscriptions()
              + " subscriptions; delete some first");
    }
    kafka.sendAndWait(
        topics.subscriptions(),
        subscription.id(),
        EventJson.writeBytes(subscription),
        List.of(),
        WRITE_TIMEOUT);
    saved(subscription);
    return subscription;
  }

  /** Deletes the subscription everywhere (a tombstone); false when there is none of that id. */
  public boolean delete(String id) {
    if (!subscriptions.containsKey(id)) {
      return false;
    }
    kafka.sendAndWait(topics.subscriptions(), id, null, List.of(), WRITE_TIMEOUT);
    deleted(id);
    return true;
  }

  private void apply(String id, byte[] value) {
    if (value == null) {
      deleted(id);
      return;
    }
    Subscription subscription = EventJson.read(value, Subscription.class);
    if (!id.equals(subscription.id())) {
      log.warn("Ignoring subscription record whose key {} is not its id", id);
      return;
    }
    saved(subscription);
  }

  private void saved(Subscription subscription) {
    Subscription previous = subscriptions.put(subscription.id(), subscription);
    if (loaded && !Objects.equals(previous, subscription)) {
      listeners.forEach(l -> l.saved(subscription));
    }
  }

  private void deleted(String id) {
    Subscription previous = subscriptions.remove(id);
    if (loaded && previous != null) {
      listeners.forEach(l -> l.deleted(id));
    }
  }

  @Override
  public void start() {
    replica.start(topics.startupTimeout());
    List<Subscription> all = List.copyOf(subscriptions.values());
    loaded = true;
    listeners.forEach(l -> l.loaded(all));
    log.info("Loaded {} subscriptions", all.size());
  }

  @Override
  public void stop() {
    replica.close();
    loaded = false;
  }

  @Override
  public boolean isRunning() {
    return replica.isRunning();
  }

  @Override
  public int getPhase() {
    return TopicReplica.STARTUP_PHASE;
  }
}
