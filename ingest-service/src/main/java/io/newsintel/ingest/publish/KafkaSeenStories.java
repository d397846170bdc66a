package io.newsintel.ingest.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Seen stories kept in a compacted topic keyed by story id, so the state survives restarts and is
 * shared by every instance: each reads the whole topic before it polls anything, then follows it.
 * Memory holds one short entry per story within the topic's retention.
 */
class KafkaSeenStories implements SeenStories, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KafkaSeenStories.class);

  /** Started before the poll scheduler (default phase), so no poll runs on an empty memory. */
  static final int PHASE = Integer.MAX_VALUE - 1000;

  private final Map<String, SeenStory> seen = new ConcurrentHashMap<>();
  private final Map<String, Object> consumerConfig;
  private final Map<String, Object> producerConfig;
  private final String topic;
  private final Duration loadTimeout;
  private KafkaProducer<String, String> producer;
  private KafkaConsumer<String, String> consumer;
  private Thread follower;
  private volatile boolean running;

  KafkaSeenStories(
      Map<String, Object> consumerConfig,
      Map<String, Object> producerConfig,
      String topic,
      Duration loadTimeout) {
    this.consumerConfig = new HashMap<>(consumerConfig);
    this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.consumerConfig.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    this.consumerConfig.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    this.consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-seen-stories");
    this.producerConfig = new HashMap<>(producerConfig);
    this.producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    this.producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    this.producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-seen-stories");
    this.topic = topic;
    this.loadTimeout = loadTimeout;
  }

  @Override
  public Optional<SeenStory> get(String storyId) {
    return Optional.ofNullable(seen.get(storyId));
  }

  @Override
  public void remember(String storyId, SeenStory story) {
    seen.put(storyId, story);
    producer.send(
        new ProducerRecord<>(topic, storyId, story.encode()),
        (metadata, error) -> {
          if (error != null) {
            // Only costs a republish of this story after a restart; downstream is idempotent.
            log.warn("Could not record story {} as seen: {}", storyId, error.getMessage());
          }
        });
  }

  @Override
  public int size() {
    return seen.size();
  }

  @Override
  public void start() {
    producer = new KafkaProducer<>(producerConfig);
    consumer = new KafkaConsumer<>(consumerConfig);
    running = true;
    Instant started = Instant.now();
    List<TopicPartition> partitions = partitions(started.plus(loadTimeout));
    if (partitions.isEmpty()) {
      log.warn(
          "Topic {} not found within {}; starting with no memory of published stories",
          topic,
          loadTimeout);
    } else {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      loadToEnd(partitions, started.plus(loadTimeout));
      log.info(
          "Loaded {} seen stories from {} in {} ms",
          seen.size(),
          topic,
          Duration.between(started, Instant.now()).toMillis());
    }
    follower = new Thread(this::follow, "seen-stories-follower");
    follower.setDaemon(true);
    follower.start();
  }

  private List<TopicPartition> partitions(Instant deadline) {
    while (Instant.now().isBefore(deadline)) {
      try {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        if (infos != null && !infos.isEmpty()) {
          return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        }
      } catch (org.apache.kafka.common.errors.TimeoutException e) {
        // broker not reachable yet; try until the deadline
      }
    }
    return List.of();
  }

  private void loadToEnd(List<TopicPartition> partitions, Instant deadline) {
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
    while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
      if (Instant.now().isAfter(deadline)) {
        log.warn("Gave up loading {} after {}; {} stories loaded", topic, loadTimeout, seen.size());
        return;
      }
      apply(consumer.poll(Duration.ofMillis(500)));
    }
  }

  /** Follows what other instances publish, so a story one of them published is not repeated. */
  private void follow() {
    try {
      while (running) {
        if (consumer.assignment().isEmpty()) {
          List<TopicPartition> partitions = partitions(Instant.now().plusSeconds(5));
          if (partitions.isEmpty()) {
            continue;
          }
          consumer.assign(partitions);
          consumer.seekToBeginning(partitions);
        }
        apply(consumer.poll(Duration.ofSeconds(1)));
      }
    } catch (WakeupException e) {
      // stopping
    } catch (RuntimeException e) {
      log.error("Stopped following {}", topic, e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void apply(Iterable<ConsumerRecord<String, String>> records) {
    for (ConsumerRecord<String, String> record : records) {
      if (record.value() == null) {
        seen.remove(record.key());
      } else {
        seen.put(record.key(), SeenStory.decode(record.value()));
      }
    }
  }

  @Override
  public void stop() {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    if (follower != null) {
      try {
        follower.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
