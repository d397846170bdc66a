package io.newsintel.search.alert.stream;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.search.alert.AlertKafkaClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's stream: its own consumer of {@code news.alerts} (committed records only), started at
 * the client's position, sending each alert as an event whose id is the position just past it.
 */
final class AlertStreamSession implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(AlertStreamSession.class);
  private static final Duration POLL = Duration.ofMillis(250);

  private final String topic;
  private final AlertKafkaClients kafka;
  private final SseEmitter emitter;
  private final StreamPosition from;
  private final boolean fromEarliest;
  private final String subscriptionId;
  private final Duration heartbeat;
  private final Runnable onEnd;
  private volatile boolean open = true;
  private volatile KafkaConsumer<String, byte[]> consumer;

  /**
   * @param from where to resume; null to start at the end (only alerts raised from now on) or, with
   *     {@code fromEarliest}, at the beginning
   * @param subscriptionId only this subscription's alerts; null for all
   */
  AlertStreamSession(
      String topic,
      AlertKafkaClients kafka,
      SseEmitter emitter,
      StreamPosition from,
      boolean fromEarliest,
      String subscriptionId,
      Duration heartbeat,
      Runnable onEnd) {
    this.topic = topic;
    this.kafka = kafka;
    this.emitter = emitter;
    this.from = from;
    this.fromEarliest = fromEarliest;
    this.subscriptionId = subscriptionId;
    this.heartbeat = heartbeat;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    try (KafkaConsumer<String, byte[]> kafkaConsumer =
        new KafkaConsumer<>(kafka.consumerConfig(null))) {
      consumer = kafkaConsumer;
      List<TopicPartition> partitions =
          kafkaConsumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      kafkaConsumer.assign(partitions);
      Map<Integer, Long> position = new HashMap<>();
      for (TopicPartition partition : partitions) {
        if (from != null) {
          kafkaConsumer.seek(partition, from.resumeAt(partition.partition()));
        } else if (fromEarliest) {
          kafkaConsumer.seekToBeginning(List.of(partition));
        } else {
          kafkaConsumer.seekToEnd(List.of(partition));
        }
        position.put(partition.partition(), kafkaConsumer.position(partition));
      }
      // An id from the first moment: a client that sees no alert before it disconnects still
      // resumes from here rather than from whatever the end is when it comes back.
      emitter.send(
          SseEmitter.event()
              .name("ready")
              .id(StreamPosition.of(position).encode())
              .data("{}", MediaType.APPLICATION_JSON));
      long lastSent = System.nanoTime();
      while (open) {
        for (ConsumerRecord<String, byte[]> record : kafkaConsumer.poll(POLL)) {
          position.put(record.partition(), record.offset() + 1);
          String data = alert(record);
          if (data == null) {
            continue;
          }
          emitter.send(
              SseEmitter.event()
                  .name("alert")
                  .id(StreamPosition.of(position).encode())
                  .data(data, MediaType.APPLICATION_JSON));
          lastSent = System.nanoTime();
        }
        if (System.nanoTime() - lastSent > heartbeat.toNanos()) {
          emitter.send(SseEmitter.event().comment("keep-alive"));
          lastSent = System.nanoTime();
        }
      }
      emitter.complete();
    } catch (WakeupException e) {
      emitter.complete();
    } catch (IOException | IllegalStateException e) {
      // The client went away, or the response was completed (timeout, shutdown).
      log.debug("Alert stream ended: {}", e.toString());
    } catch (RuntimeException e) {
      log.warn("Alert stream failed: {}", e.toString());
      emitter.completeWithError(e);
    } finally {
      open = false;
      onEnd.run();
    }
  }

  /** The alert as the event's data, or null when this stream does not show it. */
  private String alert(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return null;
    }
    if (subscriptionId != null && !subscriptionId.equals(record.key())) {
      return null;
    }
    try {
      EventJson.read(record.value(), AlertRaised.class);
    } catch (InvalidEventException e) {
      return null; // the delivery side dead-letters it; a stream just skips it
    }
    return new String(record.value(), StandardCharsets.UTF_8);
  }

  void close() {
    open = false;
    KafkaConsumer<String, byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }
}
