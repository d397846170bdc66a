package io.newsintel.search;

import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.EventSerializer;
import io.newsintel.testinfra.TestInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: publish events or raw bytes, read the dead-letter topic. */
public final class KafkaTestSupport implements AutoCloseable {

  private final KafkaProducer<String, Object> events;
  private final KafkaProducer<String, byte[]> bytes;
  private final AdminClient admin;

  public KafkaTestSupport() {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    events = new KafkaProducer<>(config, new StringSerializer(), new EventSerializer());
    bytes = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()));
  }

  public RecordMetadata publish(String key, Object event) {
    try {
      return events.send(new ProducerRecord<>(Topics.NEWS_ENRICHED.name(), key, event)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<RecordMetadata> publishAll(List<? extends Object> stories) {
    List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>();
    for (Object story : stories) {
      String key = ((io.newsintel.contract.StoryEnriched) story).id();
      sent.add(events.send(new ProducerRecord<>(Topics.NEWS_ENRICHED.name(), key, story)));
    }
    events.flush();
    List<RecordMetadata> metadata = new ArrayList<>();
    for (var future : sent) {
      try {
        metadata.add(future.get());
      } catch (InterruptedException | ExecutionException e) {
        throw new IllegalStateException(e);
      }
    }
    return metadata;
  }

  public RecordMetadata publishRaw(String key, byte[] value) {
    try {
      return bytes.send(new ProducerRecord<>(Topics.NEWS_ENRICHED.name(), key, value)).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the group has committed an offset past this record. */
  public boolean committedPast(String groupId, RecordMetadata record) {
    try {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata committed =
          offsets.get(new TopicPartition(record.topic(), record.partition()));
      return committed != null && committed.offset() > record.offset();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The committed offsets of a group, per partition of news.enriched. */
  public Map<Integer, Long> committed(String groupId) {
    try {
      return admin
          .listConsumerGroupOffsets(groupId)
          .partitionsToOffsetAndMetadata()
          .get()
          .entrySet()
          .stream()
          .filter(e -> e.getKey().topic().equals(Topics.NEWS_ENRICHED.name()))
          .filter(e -> e.getValue() != null)
          .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Moves an idle group back to the start of news.enriched, so it replays every partition. */
  public void rewind(String groupId) {
    try {
      Map<TopicPartition, OffsetAndMetadata> start =
          endOffsets().keySet().stream()
              .collect(
                  Collectors.toMap(
                      p -> new TopicPartition(Topics.NEWS_ENRICHED.name(), p),
                      p -> new OffsetAndMetadata(0)));
      admin.alterConsumerGroupOffsets(groupId, start).all().get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates news.enriched as the service would (3 partitions) unless it exists. */
  public void createTopicIfMissing() {
    try {
      admin
          .createTopics(List.of(new NewTopic(Topics.NEWS_ENRICHED.name(), 3, (short) 1)))
          .all()
          .get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException(e);
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets an idle group's committed offsets on news.enriched, per partition. */
  public void moveGroup(String groupId, Map<Integer, Long> offsets) {
    try {
      admin
          .alterConsumerGroupOffsets(
              groupId,
              offsets.entrySet().stream()
                  .collect(
                      Collectors.toMap(
                          e -> new TopicPartition(Topics.NEWS_ENRICHED.name(), e.getKey()),
                          e -> new OffsetAndMetadata(e.getValue()))))
          .all()
          .get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The end offsets of news.enriched now. */
  public Map<Integer, Long> endOffsets() {
    try {
      var partitions =
          admin
              .describeTopics(List.of(Topics.NEWS_ENRICHED.name()))
              .allTopicNames()
              .get()
              .get(Topics.NEWS_ENRICHED.name())
              .partitions();
      Map<TopicPartition, OffsetSpec> request =
          partitions.stream()
              .collect(
                  Collectors.toMap(
                      p -> new TopicPartition(Topics.NEWS_ENRICHED.name(), p.partition()),
                      p -> OffsetSpec.latest()));
      return admin.listOffsets(request).all().get().entrySet().stream()
          .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every record on news.enriched-dlt with one of these keys, read from the beginning. */
  public static List<ConsumerRecord<String, byte[]>> deadLetters(List<String> keys) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.NEWS_ENRICHED.deadLetterName()));
      List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (keys.contains(record.key())) {
            found.add(record);
          }
        }
        if (!found.isEmpty() && consumer.assignment().size() > 0) {
          boolean atEnd = true;
          var ends = consumer.endOffsets(consumer.assignment());
          for (TopicPartition tp : consumer.assignment()) {
            atEnd &= consumer.position(tp) >= ends.get(tp);
          }
          if (atEnd) {
            break;
          }
        }
      }
      return found;
    }
  }

  public static String header(ConsumerRecord<?, ?> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null
        ? null
        : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    events.close();
    bytes.close();
    admin.close();
  }
}
