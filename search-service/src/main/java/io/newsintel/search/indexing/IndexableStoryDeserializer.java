package io.newsintel.search.indexing;

import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads {@code news.enriched} records for the indexing listener (behind Spring's {@code
 * ErrorHandlingDeserializer}, which turns its {@link
 * io.newsintel.contract.serde.InvalidEventException} into a dead letter with the reason).
 */
public class IndexableStoryDeserializer implements Deserializer<IndexableStory> {

  @Override
  public IndexableStory deserialize(String topic, byte[] data) {
    return data == null ? null : IndexableStory.read(data);
  }
}
