package io.newsintel.enrich.streaming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StoryTags;
import io.newsintel.contract.Topics;
import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.enrich.tagging.StoryTagger;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Consume, tag, produce: each {@code news.raw} story becomes one {@code news.enriched} story with
 * the same key. A whole poll batch is one Kafka transaction (a transaction per record costs several
 * broker round trips and capped throughput at a few dozen stories a second). A record that can
 * never be enriched (not an event, no id, or one the tagger fails on) is dead-lettered inside the
 * same transaction, so it is neither lost nor able to hold back the good records around it; any
 * other failure aborts the transaction and the batch is read again. Untagged stories are published
 * too: search indexes every story.
 */
@Component
class StoryEnrichmentListener {

  private static final Logger log = LoggerFactory.getLogger(StoryEnrichmentListener.class);
  private static final LogAccessor LOG_ACCESSOR = new LogAccessor(StoryEnrichmentListener.class);

  private final StoryTagger tagger;
  private final KafkaTemplate<String, Object> template;
  private final DeadLetterPublishingRecoverer deadLetters;
  private final MeterRegistry meters;
  private final Timer taggingTime;
  private final Counter tagged;
  private final Counter untagged;
  private final Counter deadLettered;

  StoryEnrichmentListener(
      StoryTagger tagger,
      KafkaTemplate<String, Object> template,
      DeadLetterPublishingRecoverer deadLetters,
      MeterRegistry meters) {
    this.tagger = tagger;
    this.template = template;
    this.deadLetters = deadLetters;
    this.meters = meters;
    this.taggingTime =
        Timer.builder("enrich.tagging.time").description("Time to tag one story").register(meters);
    this.tagged =
        Counter.builder("enrich.stories")
            .tag("outcome", "tagged")
            .description("Stories enriched")
            .register(meters);
    this.untagged = Counter.builder("enrich.stories").tag("outcome", "untagged").register(meters);
    this.deadLettered =
        Counter.builder("enrich.stories").tag("outcome", "dead-lettered").register(meters);
  }

  @KafkaListener(id = "enrich", topics = "news.raw", groupId = "#{@enrichGroupId}", batch = "true")
  void onStories(List<ConsumerRecord<String, StoryIngested>> records) {
    for (ConsumerRecord<String, StoryIngested> record : records) {
      onStory(record);
    }
  }

  private void onStory(ConsumerRecord<String, StoryIngested> record) {
    StoryIngested story = record.value();
    if (story == null) {
      DeserializationException notAnEvent =
          SerializationUtils.getExceptionFromHeader(
              record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
      if (notAnEvent != null) {
        deadLetter(record, notAnEvent);
      }
      return; // otherwise a tombstone: nothing to enrich
    }
    if (story.id() == null || story.id().isBlank()) {
      // Search keys documents by id: a story without one is dead-lettered, never published.
      deadLetter(record, new InvalidEventException("not a valid StoryIngested event: no id"));
      return;
    }
    StoryEnriched enriched;
    try {
      enriched = taggingTime.record(() -> tagger.enrich(story));
    } catch (RuntimeException e) {
      // The same story would fail the same way on every retry.
      deadLetter(record, e);
      return;
    }
    count(enriched.tags());
    template.send(Topics.NEWS_ENRICHED.name(), story.id(), enriched);
    log.debug(
        "enriched story {} from {}-{}@{}: {}",
        story.id(),
        record.topic(),
        record.partition(),
        record.offset(),
        enriched.tags().actors());
  }

  private void deadLetter(ConsumerRecord<String, StoryIngested> record, Exception reason) {
    log.warn(
        "dead-lettering {}-{}@{}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        reason.getMessage());
    deadLettered.increment();
    deadLetters.accept(record, reason);
  }

  private void count(StoryTags tags) {
    if (tags.actors().isEmpty() && tags.cves().isEmpty() && tags.malware().isEmpty()) {
      untagged.increment();
      return;
    }
    tagged.increment();
    countKind("actor", tags.actors().size());
    countKind("sponsorState", tags.sponsorStates().size());
    countKind("attributedBy", tags.attributedBy().size());
    countKind("target", tags.targets().size());
    countKind("cve", tags.cves().size());
    countKind("malware", tags.malware().size());
  }

  private void countKind(String kind, int count) {
    if (count > 0) {
      meters.counter("enrich.tags", "kind", kind).increment(count);
    }
  }
}
