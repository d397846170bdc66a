package io.newsintel.search.alert.matching;

import io.newsintel.contract.AlertRaised;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertStorageException;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.TopicReplica;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Commits a batch's alerts to {@code news.alerts} and their ledger entries to the alerted topic in
 * one Kafka transaction: either both are visible to readers (who read committed only) or neither,
 * so a crash can neither lose an alert that the ledger claims nor send one twice.
 */
class AlertPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertPublisher.class);

  private final AlertKafkaClients kafka;
  private final AlertTopicsProperties topics;
  private final MatchingProperties properties;
  // One producer, one transaction at a time: indexing may run several consumer threads.
  private final ReentrantLock lock = new ReentrantLock();
  private KafkaProducer<String, byte[]> producer;
  private volatile boolean running;

  AlertPublisher(
      AlertKafkaClients kafka, AlertTopicsProperties topics, MatchingProperties properties) {
    this.kafka = kafka;
    this.topics = topics;
    this.properties = properties;
  }

  /**
   * @throws AlertStorageException when the transaction could not be committed within the publish
   *     timeout
   */
  void publish(List<AlertRaised> alerts) {
    long deadline = System.nanoTime() + properties.publishTimeout().toNanos();
    long pause = 100;
    lock.lock();
    try {
      while (true) {
        try {
          commit(alerts);
          return;
        } catch (KafkaException | IllegalStateException e) {
          discardIfFatal(e);
          if (System.nanoTime() + pause * 1_000_000 > deadline) {
            throw new AlertStorageException(
                "could not commit " + alerts.size() + " alerts: " + e, e);
          }
          log.warn("Committing {} alerts failed, will retry: {}", alerts.size(), e.toString());
          sleep(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
          pause = Math.min(pause * 2, 5000);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void commit(List<AlertRaised> alerts) {
    KafkaProducer<String, byte[]> p = producer();
    p.beginTransaction();
    try {
      for (AlertRaised alert : alerts) {
        p.send(
            new ProducerRecord<>(
                topics.alerts(), alert.subscriptionId(), EventJson.writeBytes(alert)));
        p.send(
            new ProducerRecord<>(
                topics.alerted(),
                AlertedLedger.key(alert.subscriptionId(), alert.story().id()),
                AlertedLedger.value(alert.story().revision())));
      }
      p.commitTransaction();
    } catch (KafkaException | IllegalStateException e) {
      if (!isFatal(e)) {
        try {
          p.abortTransaction();
        } catch (KafkaException abort) {
          discard();
        }
      }
      throw e;
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Map<String, Object> config = kafka.producerConfig();
      // A fresh id per producer: instances never fence each other, and the transaction timeout
      // bounds how long a dead instance's open transaction holds readers back.
      config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "search-alerts-" + UUID.randomUUID());
      config.put(
          ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
          (int) properties.transactionTimeout().toMillis());
      config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
      KafkaProducer<String, byte[]> created = new KafkaProducer<>(config);
      try {
        created.initTransactions();
      } catch (KafkaException e) {
        created.close(Duration.ZERO);
        throw e;
      }
      producer = created;
    }
    return producer;
  }

  /** Errors after which the producer cannot go on: start over with a new one. */
  private static boolean isFatal(RuntimeException e) {
    return e instanceof ProducerFencedException
        || e instanceof OutOfOrderSequenceException
        || e instanceof AuthorizationException
        || e instanceof IllegalStateException;
  }

  private void discardIfFatal(RuntimeException e) {
    if (isFatal(e)) {
      discard();
    }
  }

  private void discard() {
    if (producer != null) {
      producer.close(Duration.ZERO);
      producer = null;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AlertStorageException("interrupted while committing alerts", e);
    }
  }

  /**
   * Opens the transactional producer before the first batch arrives (initTransactions takes a round
   * trip to the transaction coordinator), so the first alerts are not late for it.
   */
  @Override
  public void start() {
    lock.lock();
    try {
      producer();
      running = true;
    } catch (KafkaException e) {
      running = true;
      log.warn("Alert producer not ready yet, will retry with the first alerts: {}", e.toString());
    } finally {
      lock.unlock();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return TopicReplica.STARTUP_PHASE + 1;
  }

  @Override
  public void stop() {
    running = false;
    lock.lock();
    try {
      if (producer != null) {
        producer.close(Duration.ofSeconds(5));
        producer = null;
      }
    } finally {
      lock.unlock();
    }
  }
}
