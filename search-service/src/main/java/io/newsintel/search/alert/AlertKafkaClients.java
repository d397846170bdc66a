package io.newsintel.search.alert;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * The Kafka clients of the alert feature, built from {@code spring.kafka.*} with their own
 * serializers. Deliberately not {@code KafkaTemplate} or {@code ProducerFactory} beans: Boot backs
 * its own off when one exists, and the indexing side relies on Boot's.
 */
@Component
public class AlertKafkaClients implements DisposableBean {

  private final KafkaProperties kafkaProperties;
  private volatile Producer<String, byte[]> producer;
  private volatile Admin admin;

  AlertKafkaClients(KafkaProperties kafkaProperties) {
    this.kafkaProperties = kafkaProperties;
  }

  /** Producer settings (acks=all, idempotent) with string keys and byte-array values. */
  public Map<String, Object> producerConfig() {
    Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return config;
  }

  /**
   * Consumer settings with string keys and byte-array values, reading only committed records
   * (alerts and the alerted ledger are written in transactions).
   *
   * @param groupId the consumer group, or null for a consumer that assigns partitions itself
   */
  public Map<String, Object> consumerConfig(String groupId) {
    Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.remove("spring.deserializer.value.delegate.class");
    if (groupId == null) {
      config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    } else {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    }
    return config;
  }

  /** The shared producer of non-transactional writes (status, digests, retries, dead letters). */
  public Producer<String, byte[]> producer() {
    Producer<String, byte[]> current = producer;
    if (current == null) {
      synchronized (this) {
        if (producer == null) {
          producer = new KafkaProducer<>(producerConfig());
        }
        current = producer;
      }
    }
    return current;
  }

  public Admin admin() {
    Admin current = admin;
    if (current == null) {
      synchronized (this) {
        if (admin == null) {
          Map<String, Object> config = new HashMap<>(kafkaProperties.buildAdminProperties());
          config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
          config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
          admin = Admin.create(config);
        }
        current = admin;
      }
    }
    return current;
  }

  /**
   * Writes one record and waits for the broker's acknowledgement.
   *
   * @throws AlertStorageException when the broker does not acknowledge within the timeout
   */
  public RecordMetadata sendAndWait(
      String topic, String key, byte[] value, List<Header> headers, Duration timeout) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, value, headers);
    try {
      return producer().send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AlertStorageException("interrupted while writing to " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new AlertStorageException("could not write to " + topic + ": " + cause, cause);
    }
  }

  @Override
  public void destroy() {
    Producer<String, byte[]> p = producer;
    if (p != null) {
      p.close(Duration.ofSeconds(5));
    }
    Admin a = admin;
    if (a != null) {
      a.close(Duration.ofSeconds(5));
    }
  }
}
