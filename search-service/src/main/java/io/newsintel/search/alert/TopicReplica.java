package io.newsintel.search.alert;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a local copy of a compacted topic: reads it whole at start-up, then follows it. Every
 * instance holds every record this way (no consumer group), which is how subscriptions, the alerted
 * ledger, delivery status and pending digests are shared between instances.
 *
 * <p>{@link #catchUp} is a read-your-writes barrier: it returns once every record committed before
 * the call has been applied, so an instance that takes over a partition sees what the previous
 * owner wrote.
 */
public final class TopicReplica implements AutoCloseable {

  /** Applies one record; {@code value} is null for a tombstone. Called on the replica's thread. */
  @FunctionalInterface
  public interface RecordHandler {
    void apply(String key, byte[] value);
  }

  /**
   * Lifecycle phase of the stores built on replicas: they are read whole before the Kafka listener
   * containers (phase {@code Integer.MAX_VALUE - 100}) and the web server start.
   */
  public static final int STARTUP_PHASE = Integer.MAX_VALUE - 1000;

  private static final Logger log = LoggerFactory.getLogger(TopicReplica.class);
  private static final Duration POLL = Duration.ofMillis(100);

  private final String topic;
  private final AlertKafkaClients clients;
  private final RecordHandler handler;
  private final Object progress = new Object();
  private volatile Map<TopicPartition, Long> positions = Map.of();
  private volatile KafkaConsumer<String, byte[]> consumer;
  private volatile boolean running;
  private volatile RuntimeException failure;
  private Thread thread;

  public TopicReplica(String topic, AlertKafkaClients clients, RecordHandler handler) {
    this.topic = topic;
    this.clients = clients;
    this.handler = handler;
  }

  /**
   * Starts following the topic and returns once it has been read whole.
   *
   * @throws AlertStorageException when that takes longer than {@code timeout}
   */
  public synchronized void start(Duration timeout) {
    if (running) {
      return;
    }
    Map<TopicPartition, Long> targets = committedEnd(timeout);
    running = true;
    thread = new Thread(this::follow, "replica-" + topic);
    thread.setDaemon(true);
    thread.start();
    awaitPositions(targets, timeout);
    log.info("Read {} whole ({} partitions)", topic, targets.size());
  }

  /** Returns once everything committed to the topic before this call has been applied. */
  public void catchUp(Duration timeout) {
    awaitPositions(committedEnd(timeout), timeout);
  }

  public boolean isRunning() {
    return running;
  }

  private void follow() {
    try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(clients.consumerConfig(null))) {
      consumer = kafka;
      List<TopicPartition> partitions =
          kafka.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      kafka.assign(partitions);
      kafka.seekToBeginning(partitions);
      while (running) {
        for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
          apply(record);
        }
        Map<TopicPartition, Long> now = new HashMap<>();
        for (TopicPartition partition : partitions) {
          now.put(partition, kafka.position(partition));
        }
        synchronized (progress) {
          positions = now;
          progress.notifyAll();
        }
      }
    } catch (WakeupException e) {
      // close() woke the consumer up to stop it
    } catch (RuntimeException e) {
      if (running) {
        log.error("Stopped following {}: {}", topic, e.toString());
        failure = e;
      }
    } finally {
      running = false;
      synchronized (progress) {
        progress.notifyAll();
      }
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null) {
      return;
    }
    try {
      handler.apply(record.key(), record.value());
    } catch (RuntimeException e) {
      // One unreadable record must not stop the replica: skip it, say where it is.
      log.warn(
          "Skipped record {} at {}-{}@{}: {}",
          record.key(),
          record.topic(),
          record.partition(),
          record.offset(),
          e.toString());
    }
  }

  /**
   * The end offsets, retried while the broker does not know the topic yet: a topic created at
   * start-up on a fresh cluster is briefly unknown to the partition leaders (a retriable error).
   */
  private Map<TopicPartition, Long> committedEnd(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        return committedEndOnce(timeout);
      } catch (AlertStorageException e) {
        if (!(e.getCause() instanceof ExecutionException execution
                && execution.getCause() instanceof RetriableException)
            || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AlertStorageException("interrupted while reading the end of " + topic, e);
      }
    }
  }

  private Map<TopicPartition, Long> committedEndOnce(Duration timeout) {
    try {
      List<TopicPartition> partitions =
          clients
              .admin()
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .get(topic)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      return clients
          .admin()
          .listOffsets(
              partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
              new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .entrySet()
          .stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AlertStorageException("interrupted while reading the end of " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AlertStorageException("could not read the end of " + topic + ": " + e, e);
    }
  }

  private void awaitPositions(Map<TopicPartition, Long> targets, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (!reached(targets)) {
        if (failure != null) {
          throw new AlertStorageException("stopped following " + topic, failure);
        }
        if (!running) {
          throw new AlertStorageException("not following " + topic);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AlertStorageException(
              "could not read " + topic + " up to " + targets + " within " + timeout);
        }
        try {
          progress.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AlertStorageException("interrupted while reading " + topic, e);
        }
      }
    }
  }

  private boolean reached(Map<TopicPartition, Long> targets) {
    Map<TopicPartition, Long> current = positions;
    for (Map.Entry<TopicPartition, Long> target : targets.entrySet()) {
      if (target.getValue() > 0 && current.getOrDefault(target.getKey(), -1L) < target.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    running = false;
    KafkaConsumer<String, byte[]> kafka = consumer;
    if (kafka != null) {
      kafka.wakeup();
    }
    Thread t = thread;
    if (t != null) {
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
