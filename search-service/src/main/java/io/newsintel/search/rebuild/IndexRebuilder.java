package io.newsintel.search.rebuild;

import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.search.index.StoryIndexManager;
import io.newsintel.search.indexing.IndexableStory;
import io.newsintel.search.indexing.StoryIndexer;
import io.newsintel.search.indexing.WriteOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the stories index from {@code news.enriched}: replays the topic into a new index of the
 * next generation, moves the alias to it in one atomic step, then replays what arrived meanwhile.
 * Searches keep using the old index until the swap and the new one after it; the live indexer keeps
 * writing through the alias throughout, and since every write is versioned by revision the replay
 * and the live writes can overlap in any order.
 */
@Component
public class IndexRebuilder {

  private static final Duration POLL = Duration.ofMillis(500);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
  private static final int MAX_ATTEMPTS = 10;

  private final StoryIndexManager indexManager;
  private final StoryIndexer indexer;
  private final KafkaProperties kafkaProperties;

  IndexRebuilder(
      StoryIndexManager indexManager, StoryIndexer indexer, KafkaProperties kafkaProperties) {
    this.indexManager = indexManager;
    this.indexer = indexer;
    this.kafkaProperties = kafkaProperties;
  }

  /**
   * @param progress receives one human-readable line per step and every few seconds while copying
   * @param keepPrevious keep the old index instead of deleting it after the swap
   */
  public RebuildReport rebuild(Consumer<String> progress, boolean keepPrevious) {
    String previous = indexManager.ensureAlias();
    String target = indexManager.createNextGeneration();
    progress.accept("Rebuilding alias " + indexManager.alias() + ": " + previous + " -> " + target);
    Counts counts = new Counts();
    try (KafkaConsumer<String, byte[]> consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.NEWS_ENRICHED.name()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long total = end.values().stream().mapToLong(Long::longValue).sum();
      progress.accept("Replaying " + total + " records of " + Topics.NEWS_ENRICHED.name());
      copy(consumer, end, target, counts, total, progress);
      indexManager.refresh(target);

      indexManager.swapAlias(previous, target);
      progress.accept("Alias " + indexManager.alias() + " swapped to " + target);

      // What the live indexer wrote to the old index between the snapshot and the swap.
      Map<TopicPartition, Long> caughtUp = consumer.endOffsets(partitions);
      long more =
          caughtUp.entrySet().stream().mapToLong(e -> e.getValue() - end.get(e.getKey())).sum();
      progress.accept("Catching up " + more + " records that arrived during the rebuild");
      copy(consumer, caughtUp, target, counts, total + more, progress);
    } catch (RuntimeException e) {
      if (indexManager.currentIndex().filter(target::equals).isEmpty()) {
        indexManager.delete(target);
        progress.accept(
            "Rebuild failed, " + target + " deleted, alias unchanged: " + e.getMessage());
      }
      throw e;
    }
    if (!keepPrevious) {
      indexManager.delete(previous);
      progress.accept("Deleted " + previous);
    }
    RebuildReport report =
        new RebuildReport(previous, target, counts.records, counts.indexed, counts.skipped);
    progress.accept(
        "Rebuild done: "
            + report.records()
            + " records, "
            + report.indexed()
            + " stories written, "
            + report.skipped()
            + " skipped; "
            + indexManager.alias()
            + " -> "
            + target);
    return report;
  }

  private void copy(
      KafkaConsumer<String, byte[]> consumer,
      Map<TopicPartition, Long> end,
      String target,
      Counts counts,
      long total,
      Consumer<String> progress) {
    long lastReport = System.nanoTime();
    while (!reached(consumer, end)) {
      List<IndexableStory> batch = new ArrayList<>();
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        Long stop = end.get(new TopicPartition(record.topic(), record.partition()));
        if (stop == null || record.offset() >= stop) {
          continue;
        }
        counts.records++;
        IndexableStory story = read(record);
        if (story == null) {
          counts.skipped++;
        } else {
          batch.add(story);
        }
      }
      write(target, batch, counts);
      if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
        lastReport = System.nanoTime();
        progress.accept(
            "  "
                + counts.records
                + " / "
                + total
                + " records ("
                + percent(counts.records, total)
                + "%)");
      }
    }
    // Records polled past the snapshot were skipped; the next copy starts from the snapshot.
    end.forEach(consumer::seek);
  }

  private void write(String target, List<IndexableStory> batch, Counts counts) {
    for (int attempt = 1; !batch.isEmpty(); attempt++) {
      List<WriteOutcome> outcomes = indexer.write(target, batch, false);
      List<IndexableStory> retry = new ArrayList<>();
      for (WriteOutcome outcome : outcomes) {
        switch (outcome.result()) {
          case INDEXED, STALE -> counts.indexed++;
          case REJECTED -> counts.skipped++;
          case UNAVAILABLE -> retry.add(outcome.story());
        }
      }
      if (!retry.isEmpty() && attempt >= MAX_ATTEMPTS) {
        throw new IllegalStateException(
            "Elasticsearch did not take " + retry.size() + " stories after " + attempt + " tries");
      }
      if (!retry.isEmpty()) {
        pause(Duration.ofMillis(250L << Math.min(attempt, 6)));
      }
      batch = retry;
    }
  }

  private static IndexableStory read(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return null;
    }
    try {
      return IndexableStory.read(record.value());
    } catch (InvalidEventException e) {
      // The live indexer has already dead-lettered it.
      return null;
    }
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
    // No group: partitions are assigned by hand and nothing is committed, so the live indexer's
    // offsets are untouched.
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private static long percent(long done, long total) {
    return total == 0 ? 100 : done * 100 / total;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static final class Counts {
    long records;
    long indexed;
    long skipped;
  }
}
