package io.newsintel.search.indexing;

import io.newsintel.search.index.StoryIndexManager;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code news.enriched} in batches and indexes each batch before its offsets are committed
 * (ack mode BATCH: the commit follows a normal return).
 *
 * <p>A batch ends in one of two ways. Either Elasticsearch answered for every story: stored and
 * stale stories are done, refused ones and records that are not valid stories go to {@code
 * news.enriched-dlt} with the reason, and the offsets are committed. Or some story could not be
 * written now: nothing is dead-lettered, {@link ElasticsearchUnavailableException} is thrown, and
 * the error handler pauses the consumer and retries the whole batch until Elasticsearch is back.
 */
@Component
class EnrichedStoryListener {

  static final String LISTENER_ID = "story-indexing";

  private static final Logger log = LoggerFactory.getLogger(EnrichedStoryListener.class);
  private static final LogAccessor LOG_ACCESSOR = new LogAccessor(EnrichedStoryListener.class);

  private final StoryIndexer indexer;
  private final StoryIndexManager indexManager;
  private final ConsumerRecordRecoverer deadLetters;
  private final IndexingMetrics metrics;
  private final ApplicationEventPublisher events;

  EnrichedStoryListener(
      StoryIndexer indexer,
      StoryIndexManager indexManager,
      ConsumerRecordRecoverer deadLetters,
      IndexingMetrics metrics,
      ApplicationEventPublisher events) {
    this.indexer = indexer;
    this.indexManager = indexManager;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.events = events;
  }

  @KafkaListener(
      id = LISTENER_ID,
      idIsGroup = false,
      topics = "#{T(io.newsintel.contract.Topics).NEWS_ENRICHED.name()}",
      batch = "true")
  void onBatch(List<ConsumerRecord<String, IndexableStory>> records) {
    List<ConsumerRecord<String, IndexableStory>> valid = new ArrayList<>(records.size());
    List<Refused> invalid = new ArrayList<>();
    for (ConsumerRecord<String, IndexableStory> record : records) {
      DeserializationException notAnEvent =
          SerializationUtils.getExceptionFromHeader(
              record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
      if (notAnEvent != null) {
        invalid.add(new Refused(record, notAnEvent));
      } else if (record.value() == null) {
        // A tombstone: the contract has no deletes on news.enriched, so there is nothing to do.
        log.debug(
            "Ignoring tombstone at {}-{}@{}", record.topic(), record.partition(), record.offset());
      } else {
        valid.add(record);
      }
    }

    List<WriteOutcome> outcomes =
        indexer.write(
            indexManager.alias(), valid.stream().map(ConsumerRecord::value).toList(), true);

    List<Refused> refused = new ArrayList<>(invalid);
    String unavailable = null;
    int unavailableCount = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      WriteOutcome outcome = outcomes.get(i);
      switch (outcome.result()) {
        case UNAVAILABLE -> {
          unavailableCount++;
          unavailable = outcome.reason();
        }
        case REJECTED ->
            refused.add(new Refused(valid.get(i), new StoryRejectedException(outcome.reason())));
        default -> {}
      }
    }
    if (unavailableCount > 0) {
      throw new ElasticsearchUnavailableException(
          unavailableCount
              + " of "
              + records.size()
              + " stories could not be written, batch will be retried: "
              + unavailable);
    }
    // Alert matching: stale stories too, since a batch redelivered after a crash is all stale.
    List<IndexableStory> held =
        outcomes.stream()
            .filter(
                o ->
                    o.result() == WriteOutcome.Result.INDEXED
                        || o.result() == WriteOutcome.Result.STALE)
            .map(WriteOutcome::story)
            .toList();
    if (!held.isEmpty()) {
      events.publishEvent(new StoriesIndexed(held));
    }
    for (Refused r : refused) {
      if (r.reason() instanceof StoryRejectedException) {
        log.warn(
            "Story {} rejected by Elasticsearch, sent to dead-letter topic: {}",
            r.record().key(),
            r.reason().getMessage());
      } else {
        metrics.invalid();
        log.warn(
            "Invalid record at {}-{}@{} sent to dead-letter topic: {}",
            r.record().topic(),
            r.record().partition(),
            r.record().offset(),
            r.reason().getMessage());
      }
      deadLetters.accept(r.record(), r.reason());
      metrics.deadLettered();
    }
  }

  private record Refused(ConsumerRecord<?, ?> record, Exception reason) {}
}
