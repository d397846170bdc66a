package io.newsintel.search.alert.matching;

import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.TopicReplica;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.SmartLifecycle;

/**
 * Which revision of which story each subscription was last alerted about: the alerted topic
 * (compacted, key = subscription id and story id), written in the same transaction as the alerts,
 * read whole by every instance. It is what makes an alert happen once per (subscription, story)
 * across redelivered batches, restarts and instances.
 */
class AlertedLedger implements SmartLifecycle {

  private final AlertTopicsProperties topics;
  private final Map<String, Long> revisions = new ConcurrentHashMap<>();
  private final TopicReplica replica;

  AlertedLedger(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    this.topics = topics;
    this.replica = new TopicReplica(topics.alerted(), kafka, this::apply);
  }

  static String key(String subscriptionId, String storyId) {
    return subscriptionId + "|" + storyId;
  }

  static byte[] value(long revision) {
    return Long.toString(revision).getBytes(StandardCharsets.UTF_8);
  }

  /** The last alerted revision, or null when the story was never alerted to the subscription. */
  Long alerted(String subscriptionId, String storyId) {
    return revisions.get(key(subscriptionId, storyId));
  }

  /** Records here what was just committed, ahead of the replica reading it back. */
  void recorded(String subscriptionId, String storyId, long revision) {
    revisions.merge(key(subscriptionId, storyId), revision, Math::max);
  }

  /**
   * Waits until everything any instance committed has been read, so that a batch taken over from
   * another instance is not alerted twice.
   */
  void catchUp(Duration timeout) {
    replica.catchUp(timeout);
  }

  int size() {
    return revisions.size();
  }

  private void apply(String key, byte[] value) {
    if (value == null) {
      revisions.remove(key);
    } else {
      revisions.merge(
          key, Long.parseLong(new String(value, StandardCharsets.UTF_8).trim()), Math::max);
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
