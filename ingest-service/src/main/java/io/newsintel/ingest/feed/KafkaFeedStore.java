package io.newsintel.ingest.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The feed registry in a compacted topic keyed by feed id. Every instance reads the whole topic (so
 * any instance can answer the API), and the instances share the polling by the partitions of that
 * topic the consumer group gives each of them: a feed is polled by the instance that owns the
 * partition its id hashes to, exactly as Kafka's default partitioner places its record. Configured
 * feeds, which have no record, are placed by the same hash.
 */
class KafkaFeedStore implements FeedStore, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KafkaFeedStore.class);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(15);

  private final Map<String, Feed> registered = new ConcurrentHashMap<>();
  private final Set<Integer> ownedPartitions = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> readerConfig;
  private final Map<String, Object> ownerConfig;
  private final Map<String, Object> producerConfig;
  private final String topic;
  private final Duration loadTimeout;
  private volatile int partitionCount;
  private volatile boolean running;
  private KafkaProducer<String, String> producer;
  private KafkaConsumer<String, String> reader;
  private KafkaConsumer<String, String> owner;
  private Thread readerThread;
  private Thread ownerThread;

  KafkaFeedStore(
      Map<String, Object> consumerConfig,
      Map<String, Object> producerConfig,
      String topic,
      String ownershipGroup,
      Duration loadTimeout) {
    this.readerConfig = strings(consumerConfig);
    this.readerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.readerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-feed-registry");
    this.ownerConfig = strings(consumerConfig);
    this.ownerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, ownershipGroup);
    this.ownerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-feed-owner");
    this.producerConfig = new HashMap<>(producerConfig);
    this.producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    this.producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    this.producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-feed-registry");
    this.topic = topic;
    this.loadTimeout = loadTimeout;
  }

  private static Map<String, Object> strings(Map<String, Object> base) {
    Map<String, Object> config = new HashMap<>(base);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return config;
  }

  @Override
  public Collection<Feed> registered() {
    return registered.values();
  }

  @Override
  public void save(Feed feed) {
    write(feed.id(), FeedRecordJson.write(feed));
    registered.put(feed.id(), feed);
  }

  @Override
  public void delete(String feedId) {
    write(feedId, null);
    registered.remove(feedId);
  }

  @Override
  public boolean owns(String feedId) {
    int partitions = partitionCount;
    return partitions > 0 && ownedPartitions.contains(partitionOf(feedId, partitions));
  }

  /** Kafka's default partitioner for a keyed record. */
  static int partitionOf(String feedId, int partitions) {
    return Utils.toPositive(Utils.murmur2(feedId.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  private void write(String key, String value) {
    try {
      producer
          .send(new ProducerRecord<>(topic, key, value))
          .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "could not write the feed registry to Kafka: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted writing the feed registry", e);
    }
  }

  @Override
  public void start() {
    producer = new KafkaProducer<>(producerConfig);
    reader = new KafkaConsumer<>(readerConfig);
    owner = new KafkaConsumer<>(ownerConfig);
    running = true;
    Instant deadline = Instant.now().plus(loadTimeout);
    List<TopicPartition> partitions = partitions(deadline);
    partitionCount = partitions.size();
    if (partitions.isEmpty()) {
      log.warn(
          "Feed registry topic {} not found within {}; no feed is polled until it is",
          topic,
          loadTimeout);
    } else {
      reader.assign(partitions);
      reader.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = reader.endOffsets(partitions, Duration.ofSeconds(10));
      while (Instant.now().isBefore(deadline)
          && partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
        apply(reader.poll(Duration.ofMillis(500)));
      }
      log.info("Loaded {} registered feeds from {}", registered.size(), topic);
    }
    readerThread = daemon("feed-registry-reader", this::follow);
    ownerThread = daemon("feed-registry-owner", this::own);
  }

  private List<TopicPartition> partitions(Instant deadline) {
    while (Instant.now().isBefore(deadline)) {
      try {
        List<PartitionInfo> infos = reader.partitionsFor(topic, Duration.ofSeconds(5));
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        }
      } catch (org.apache.kafka.common.errors.TimeoutException e) {
        // broker not reachable yet
      }
    }
    return List.of();
  }

  private void follow() {
    try {
      while (running) {
        if (reader.assignment().isEmpty()) {
          List<TopicPartition> partitions = partitions(Instant.now().plusSeconds(5));
          if (partitions.isEmpty()) {
            continue;
          }
          partitionCount = partitions.size();
          reader.assign(partitions);
          reader.seekToBeginning(partitions);
        }
        apply(reader.poll(Duration.ofSeconds(1)));
      }
    } catch (WakeupException e) {
      // stopping
    } catch (RuntimeException e) {
      log.error("Stopped following the feed registry {}", topic, e);
    } finally {
      reader.close(Duration.ofSeconds(2));
    }
  }

  /** Group membership only: the records are read by {@link #follow()}. */
  private void own() {
    try {
      owner.subscribe(
          List.of(topic),
          new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
              partitions.forEach(p -> ownedPartitions.remove(p.partition()));
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
              partitions.forEach(p -> ownedPartitions.add(p.partition()));
              log.info(
                  "This instance now polls the feeds of registry partitions {}", ownedPartitions);
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
              onPartitionsRevoked(partitions);
            }
          });
      while (running) {
        owner.poll(Duration.ofSeconds(1));
      }
    } catch (WakeupException e) {
      // stopping
    } catch (RuntimeException e) {
      log.error("Lost feed ownership membership", e);
    } finally {
      ownedPartitions.clear();
      owner.close(Duration.ofSeconds(2));
    }
  }

  private void apply(Iterable<ConsumerRecord<String, String>> records) {
    for (ConsumerRecord<String, String> record : records) {
      if (record.value() == null) {
        registered.remove(record.key());
        continue;
      }
      try {
        registered.put(record.key(), FeedRecordJson.read(record.value()));
      } catch (RuntimeException e) {
        log.warn("Skipping unreadable feed registry record {}: {}", record.key(), e.getMessage());
      }
    }
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void stop() {
    running = false;
    if (reader != null) {
      reader.wakeup();
    }
    if (owner != null) {
      owner.wakeup();
    }
    join(readerThread);
    join(ownerThread);
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }

  private static void join(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }
}
