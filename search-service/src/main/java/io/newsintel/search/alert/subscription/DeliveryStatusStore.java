package io.newsintel.search.alert.subscription;

import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.TopicReplica;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The delivery status of every subscription, shared by all instances through the compacted status
 * topic: whichever instance delivers an alert records the outcome, any instance shows it.
 */
@Component
public class DeliveryStatusStore implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliveryStatusStore.class);

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;
  private final Map<String, DeliveryStatus> statuses = new ConcurrentHashMap<>();
  private final TopicReplica replica;

  DeliveryStatusStore(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    this.kafka = kafka;
    this.topics = topics;
    this.replica = new TopicReplica(topics.status(), kafka, this::apply);
  }

  public DeliveryStatus status(String subscriptionId) {
    return statuses.getOrDefault(subscriptionId, DeliveryStatus.NONE);
  }

  /**
   * Changes the status here at once and records it for the other instances. Status is informative,
   * so a failed write is logged rather than failing the delivery it describes.
   */
  public void update(String subscriptionId, UnaryOperator<DeliveryStatus> change) {
    DeliveryStatus updated =
        statuses.compute(
            subscriptionId,
            (id, current) -> change.apply(current == null ? DeliveryStatus.NONE : current));
    kafka
        .producer()
        .send(
            new ProducerRecord<>(topics.status(), subscriptionId, EventJson.writeBytes(updated)),
            (metadata, e) -> {
              if (e != null) {
                log.warn(
                    "Could not record the delivery status of {}: {}", subscriptionId, e.toString());
              }
            });
  }

  public void remove(String subscriptionId) {
    statuses.remove(subscriptionId);
    kafka.producer().send(new ProducerRecord<>(topics.status(), subscriptionId, null));
  }

  private void apply(String subscriptionId, byte[] value) {
    if (value == null) {
      statuses.remove(subscriptionId);
    } else {
      statuses.put(subscriptionId, EventJson.read(value, DeliveryStatus.class));
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
