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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Consume, tag, produce: each {@code news.raw} story becomes one {@code news.enriched} story with
 * the same key, inside the container's Kafka transaction. Untagged stories are published too:
 * search indexes every story.
 */
@Component
class StoryEnrichmentListener {

  private static final Logger log = LoggerFactory.getLogger(StoryEnrichmentListener.class);

  private final StoryTagger tagger;
  private final KafkaTemplate<String, Object> template;
  private final MeterRegistry meters;
  private final Timer taggingTime;
  private final Counter tagged;
  private final Counter untagged;

  StoryEnrichmentListener(
      StoryTagger tagger, KafkaTemplate<String, Object> template, MeterRegistry meters) {
    this.tagger = tagger;
    this.template = template;
    this.meters = meters;
    this.taggingTime =
        Timer.builder("enrich.tagging.time").description("Time to tag one story").register(meters);
    this.tagged =
        Counter.builder("enrich.stories")
            .tag("outcome", "tagged")
            .description("Stories enriched")
            .register(meters);
    this.untagged = Counter.builder("enrich.stories").tag("outcome", "untagged").register(meters);
  }

  @KafkaListener(id = "enrich", topics = "news.raw", groupId = "#{@enrichGroupId}")
  void onStory(ConsumerRecord<String, StoryIngested> record) {
    StoryIngested story = record.value();
    if (story == null) {
      return; // a tombstone: nothing to enrich
    }
    if (story.id() == null || story.id().isBlank()) {
      // Search keys documents by id: a story without one is dead-lettered, never published.
      throw new InvalidEventException("not a valid StoryIngested event: no id");
    }
    StoryEnriched enriched = taggingTime.record(() -> tagger.enrich(story));
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
