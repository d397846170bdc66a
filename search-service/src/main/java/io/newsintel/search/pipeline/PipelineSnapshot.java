package io.newsintel.search.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What the last successful sample read from Kafka, and why the latest one failed if it did.
 *
 * @param at when those offsets were read; null before the first successful sample
 * @param error why the latest sample failed; null when it succeeded
 */
record PipelineSnapshot(
    Instant at, List<TopicEnd> topics, List<ConsumerGroupLag> consumerGroups, String error) {

  static final PipelineSnapshot NONE =
      new PipelineSnapshot(null, List.of(), List.of(), "no sample of the Kafka offsets yet");

  PipelineSnapshot failed(String reason) {
    return new PipelineSnapshot(at, topics, consumerGroups, reason);
  }
}
