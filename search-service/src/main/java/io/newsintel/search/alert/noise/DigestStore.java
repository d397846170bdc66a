package io.newsintel.search.alert.noise;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.TopicReplica;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;

/**
 * Alerts held for digests, kept in the compacted digests topic (key = subscription id) so that a
 * held alert survives a restart and whichever instance delivers the subscription next sends it.
 */
class DigestStore implements SmartLifecycle {

  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;
  private final Map<String, PendingDigest> digests = new ConcurrentHashMap<>();
  private final TopicReplica replica;

  DigestStore(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    this.kafka = kafka;
    this.topics = topics;
    this.replica = new TopicReplica(topics.digests(), kafka, this::apply);
  }

  /** Adds the alert to the subscription's next digest; stored in Kafka before this returns. */
  synchronized PendingDigest hold(HeldAlert alert, Instant now, Instant due, int maxAlerts) {
    String id = alert.alert().subscriptionId();
    PendingDigest current = digests.get(id);
    PendingDigest updated =
        current == null
            ? new PendingDigest(id, now, due, List.of(alert), 0)
            : current.with(alert, due, maxAlerts);
    write(id, updated);
    return updated;
  }

  List<PendingDigest> due(Instant now) {
    List<PendingDigest> due = new ArrayList<>();
    for (PendingDigest digest : digests.values()) {
      if (!digest.due().isAfter(now)) {
        due.add(digest);
      }
    }
    return due;
  }

  PendingDigest pending(String subscriptionId) {
    return digests.get(subscriptionId);
  }

  /** Removes what was sent, keeping alerts held while it was being sent. */
  synchronized void sent(PendingDigest sent) {
    PendingDigest current = digests.get(sent.subscriptionId());
    if (current == null) {
      return;
    }
    write(sent.subscriptionId(), current.without(sent));
  }

  synchronized void discard(String subscriptionId) {
    if (digests.containsKey(subscriptionId)) {
      write(subscriptionId, null);
    }
  }

  private void write(String subscriptionId, PendingDigest digest) {
    kafka.sendAndWait(
        topics.digests(),
        subscriptionId,
        digest == null ? null : EventJson.writeBytes(digest),
        List.of(),
        WRITE_TIMEOUT);
    if (digest == null) {
      digests.remove(subscriptionId);
    } else {
      digests.put(subscriptionId, digest);
    }
  }

  private synchronized void apply(String subscriptionId, byte[] value) {
    if (value == null) {
      digests.remove(subscriptionId);
    } else {
      digests.put(subscriptionId, EventJson.read(value, PendingDigest.class));
    }
  }

  @Override
  public void start() {
    replica.start(topics.startupTimeout());
  }

  @Override
  public void stop() {
    replica.close();
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
